// Partition-key routing against an independent MD5 (node:crypto) and hand-made hash ranges.
// (That it agrees with where a server puts records: kinesalite.test.ts.)
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKeyOf, parseHashKey, shardForHashKey, shardForPartitionKey, type Shard } from '../src/index.js';

const MAX = (1n << 128n) - 1n;
const md5Int = (s: string) => BigInt(`0x${createHash('md5').update(Buffer.from(s, 'utf8')).digest('hex')}`);
const shard = (id: number, start: bigint, end: bigint, closed = false): Shard => ({
  ShardId: `shardId-${String(id).padStart(12, '0')}`,
  HashKeyRange: { StartingHashKey: start.toString(), EndingHashKey: end.toString() },
  SequenceNumberRange: { StartingSequenceNumber: '1', ...(closed ? { EndingSequenceNumber: '2' } : {}) },
});
// The three shards of the document's DescribeStream example.
const example = [
  shard(0, 0n, 113427455640312821154458202477256070484n),
  shard(1, 113427455640312821154458202477256070485n, 226854911280625642308916404954512140969n),
  shard(2, 226854911280625642308916404954512140970n, MAX),
];

describe('hashKeyOf', () => {
  it('is the MD5 of the UTF-8 bytes as an unsigned 128-bit integer', async () => {
    for (const k of ['partitionKey', 'a', 'é✓ 日本', 'k'.repeat(256)]) expect(await hashKeyOf(k)).toBe(md5Int(k));
    // A known digest: md5("a") = 0cc175b9c0f1b6a831c399e269772661.
    expect(await hashKeyOf('a')).toBe(0x0cc175b9c0f1b6a831c399e269772661n);
  });

  it('agrees with node:crypto on any string', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 64 }), async (k) => (await hashKeyOf(k)) === md5Int(k)), { numRuns: 200 });
  });
});

describe('shardForPartitionKey', () => {
  it("routes by the key's hash into the document example's ranges, both ends inclusive", async () => {
    for (const k of ['partitionKey', 'alpha', 'beta', 'gamma', 'delta']) {
      const h = md5Int(k);
      const want = example.find((s) => BigInt(s.HashKeyRange.StartingHashKey) <= h && h <= BigInt(s.HashKeyRange.EndingHashKey));
      expect((await shardForPartitionKey(example, k))?.ShardId).toBe(want!.ShardId);
    }
    expect(shardForHashKey(example, 113427455640312821154458202477256070484n)?.ShardId).toBe('shardId-000000000000');
    expect(shardForHashKey(example, 113427455640312821154458202477256070485n)?.ShardId).toBe('shardId-000000000001');
    expect(shardForHashKey(example, 0n)?.ShardId).toBe('shardId-000000000000');
    expect(shardForHashKey(example, MAX)?.ShardId).toBe('shardId-000000000002');
  });

  it('lets an ExplicitHashKey override the partition key', async () => {
    expect((await shardForPartitionKey(example, 'anything', '0'))?.ShardId).toBe('shardId-000000000000');
    expect((await shardForPartitionKey(example, 'anything', MAX.toString()))?.ShardId).toBe('shardId-000000000002');
    expect((await shardForPartitionKey(example, 'anything', '226854911280625642308916404954512140970'))?.ShardId).toBe('shardId-000000000002');
  });

  it('picks only open shards: a closed parent shares its range with its children', async () => {
    const split = [shard(0, 0n, MAX, true), shard(1, 0n, 99n), shard(2, 100n, MAX)];
    expect(shardForHashKey(split, 5n)?.ShardId).toBe('shardId-000000000001');
    expect(shardForHashKey(split, 100n)?.ShardId).toBe('shardId-000000000002');
    expect(shardForHashKey([shard(0, 0n, MAX, true)], 5n)).toBeUndefined();
  });

  it('rejects an ExplicitHashKey that is not a 128-bit decimal', async () => {
    for (const bad of ['-1', '01', '1e3', '', (MAX + 1n).toString()]) {
      await expect(shardForPartitionKey(example, 'k', bad)).rejects.toBeInstanceOf(RangeError);
      expect(() => parseHashKey(bad)).toThrow(RangeError);
    }
  });

  it('finds exactly the shard holding the hash for any split of the key space', async () => {
    const cuts = fc.uniqueArray(fc.bigInt({ min: 1n, max: MAX }), { maxLength: 8 }).map((a) => [...a].sort((x, y) => (x < y ? -1 : 1)));
    await fc.assert(
      fc.asyncProperty(cuts, fc.string({ minLength: 1, maxLength: 40 }), async (c, key) => {
        const bounds = [0n, ...c, MAX + 1n];
        const shards = bounds.slice(0, -1).map((b, i) => shard(i, b, bounds[i + 1]! - 1n));
        const h = md5Int(key);
        const got = await shardForPartitionKey(shards, key);
        return got !== undefined && BigInt(got.HashKeyRange.StartingHashKey) <= h && h <= BigInt(got.HashKeyRange.EndingHashKey);
      }),
      { numRuns: 200 },
    );
  });
});
