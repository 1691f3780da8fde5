// Against a real server: kinesalite, started here on a free port and stopped at the end,
// spoken to over the client's default transport (undici, HTTP/1.1).
import { startKinesalite, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPagingProxy } from './pagingProxy.js';
import {
  CreateStreamCommand, DeleteStreamCommand, DescribeStreamCommand, GetRecordsCommand, InvalidArgumentException, KinesisClient,
  ListStreamsCommand, MergeShardsCommand, paginateDescribeStream, paginateListStreams, PutRecordCommand, readStream,
  ResourceInUseException, ResourceNotFoundException, ShardReader, shardForPartitionKey, SplitShardCommand, ValidationException,
  waitUntilStreamExists, waitUntilStreamNotExists, type Shard, type StreamRecord,
} from '../src/index.js';

const STREAM = 'skiff-it';
const KEYS = Array.from({ length: 40 }, (_, i) => `user-${i}-${'é'.repeat(i % 3)}`);
const wait = { maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 };
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

interface Put { key: string; n: number; ShardId: string; SequenceNumber: string }

let peer: Peer;
let client: KinesisClient;
const puts: Put[] = [];
const counters = new Map<string, number>();

async function shardsOf(StreamName: string): Promise<Shard[]> {
  const out: Shard[] = [];
  for await (const p of paginateDescribeStream({ client }, { StreamName })) out.push(...(p.StreamDescription?.Shards ?? []));
  return out;
}

/** Puts `count` records spread over KEYS: keys in parallel, each key's records in order. */
async function putRecords(count: number): Promise<void> {
  const shards = await shardsOf(STREAM);
  const perKey = new Map<string, number>();
  for (let i = 0; i < count; i++) perKey.set(KEYS[i % KEYS.length]!, (perKey.get(KEYS[i % KEYS.length]!) ?? 0) + 1);
  await Promise.all([...perKey].map(async ([key, m]) => {
    for (let j = 0; j < m; j++) {
      const n = counters.get(key) ?? 0;
      counters.set(key, n + 1);
      const out = await client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: key, Data: JSON.stringify({ key, n }) }));
      // The routing function agrees with the server, for the shards open at this moment.
      expect((await shardForPartitionKey(shards, key))?.ShardId, key).toBe(out.ShardId);
      puts.push({ key, n, ShardId: out.ShardId!, SequenceNumber: out.SequenceNumber! });
    }
  }));
}

async function readAll(options: Partial<ConstructorParameters<typeof ShardReader>[1]> = {}, max = Infinity) {
  const reader = new ShardReader(client, { StreamName: STREAM, stopWhenCaughtUp: true, idleDelay: 20, limit: 97, ...options });
  const got: StreamRecord[] = [];
  for await (const r of reader) {
    got.push(r);
    if (got.length >= max) break;
  }
  return { got, checkpoint: JSON.parse(JSON.stringify(reader.checkpoint())) as ReturnType<ShardReader['checkpoint']> };
}

/** Every put exactly once, with its shard, and each key's records in put order. */
function expectExactlyOnce(got: StreamRecord[], expected: Put[]) {
  const seqs = got.map((r) => r.SequenceNumber);
  expect(new Set(seqs).size).toBe(seqs.length);
  expect([...seqs].sort()).toEqual(expected.map((p) => p.SequenceNumber).sort());
  const byKey = new Map<string, number[]>();
  for (const r of got) {
    const { key, n } = JSON.parse(dec(r.Data)) as { key: string; n: number };
    expect(r.PartitionKey).toBe(key);
    byKey.set(key, [...(byKey.get(key) ?? []), n]);
  }
  for (const [key, ns] of byKey) expect(ns, key).toEqual([...ns].sort((a, b) => a - b));
  const shardOf = new Map(expected.map((p) => [p.SequenceNumber, p.ShardId]));
  for (const r of got) expect(r.ShardId).toBe(shardOf.get(r.SequenceNumber));
}

beforeAll(async () => {
  // Streams stay CREATING for 400 ms, so the waiter has something to wait for.
  peer = await startKinesalite({ shardLimit: 200, createStreamMs: 1500 });
  client = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
});

afterAll(async () => {
  client?.destroy();
  await peer?.stop();
});

describe('kinesalite', () => {
  it('creates a stream and waits until it is ACTIVE; typed errors for a duplicate and a missing stream', async () => {
    await client.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 3 }));
    const created = await client.send(new DescribeStreamCommand({ StreamName: STREAM }));
    expect(created.StreamDescription?.StreamStatus).toBe('CREATING');
    const done = await waitUntilStreamExists({ client, ...wait }, { StreamName: STREAM });
    expect(done.state).toBe('SUCCESS');
    expect((await client.send(new DescribeStreamCommand({ StreamName: STREAM }))).StreamDescription?.StreamStatus).toBe('ACTIVE');
    await expect(client.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 1 }))).rejects.toBeInstanceOf(ResourceInUseException);
    const missing = await client.send(new DescribeStreamCommand({ StreamName: 'no-such-stream' })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect((missing as Error).message).toContain('no-such-stream');
    await expect(client.send(new PutRecordCommand({ StreamName: 'no-such-stream', PartitionKey: 'k', Data: 'x' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(client.send(new GetRecordsCommand({ ShardIterator: 'AAAAAAAAAAAAAAAA' }))).rejects.toBeInstanceOf(InvalidArgumentException);
  });

  it('puts 1,000 records over many partition keys, splitting a shard and merging two on the way', async () => {
    await putRecords(400);
    // Split shard 0 at the middle of its range.
    const [s0] = await shardsOf(STREAM);
    const mid = (BigInt(s0!.HashKeyRange.StartingHashKey) + BigInt(s0!.HashKeyRange.EndingHashKey)) / 2n;
    await client.send(new SplitShardCommand({ StreamName: STREAM, ShardToSplit: s0!.ShardId, NewStartingHashKey: mid.toString() }));
    await waitUntilStreamExists({ client, ...wait }, { StreamName: STREAM });
    await putRecords(300);
    // Merge the split's upper child with shard 1, its neighbour.
    const open = (await shardsOf(STREAM)).filter((s) => !s.SequenceNumberRange.EndingSequenceNumber);
    const upper = open.find((s) => s.ParentShardId === s0!.ShardId && s.HashKeyRange.StartingHashKey === mid.toString())!;
    const next = open.find((s) => BigInt(s.HashKeyRange.StartingHashKey) === BigInt(upper.HashKeyRange.EndingHashKey) + 1n)!;
    await expect(client.send(new MergeShardsCommand({ StreamName: STREAM, ShardToMerge: open[0]!.ShardId === upper.ShardId ? next.ShardId : open.find((s) => s !== upper && s !== next)!.ShardId, AdjacentShardToMerge: next.ShardId }))).rejects.toBeInstanceOf(InvalidArgumentException);
    await client.send(new MergeShardsCommand({ StreamName: STREAM, ShardToMerge: upper.ShardId, AdjacentShardToMerge: next.ShardId }));
    await waitUntilStreamExists({ client, ...wait }, { StreamName: STREAM });
    await putRecords(300);
    expect(puts).toHaveLength(1000);
    const shards = await shardsOf(STREAM);
    expect(shards).toHaveLength(6);
    const merged = shards.find((s) => s.AdjacentParentShardId)!;
    expect([merged.ParentShardId, merged.AdjacentParentShardId]).toEqual([upper.ShardId, next.ShardId]);
    // Records landed in every generation: the originals, the split's children, the merge's child.
    expect(new Set(puts.map((p) => p.ShardId)).size).toBe(6);
  }, 120_000); // kinesalite takes 5-15 ms per PutRecord

  it('routes an ExplicitHashKey where the server does', async () => {
    const shards = (await shardsOf(STREAM)).filter((s) => !s.SequenceNumberRange.EndingSequenceNumber);
    for (const s of shards) {
      for (const h of [s.HashKeyRange.StartingHashKey, s.HashKeyRange.EndingHashKey]) {
        const out = await client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: 'explicit', ExplicitHashKey: h, Data: new Uint8Array([1]) }));
        expect(out.ShardId).toBe(s.ShardId);
        expect((await shardForPartitionKey(shards, 'explicit', h))?.ShardId).toBe(out.ShardId);
        puts.push({ key: 'explicit', n: -1, ShardId: out.ShardId!, SequenceNumber: out.SequenceNumber! });
      }
    }
  });

  it('reads everything back: every record exactly once, in order per key, parents before children', async () => {
    const { got, checkpoint } = await readAll();
    const explicit = got.filter((r) => r.PartitionKey === 'explicit');
    expect(explicit.every((r) => dec(r.Data) === '\u0001')).toBe(true);
    expectExactlyOnce(got.filter((r) => r.PartitionKey !== 'explicit'), puts.filter((p) => p.key !== 'explicit'));
    expect(got).toHaveLength(puts.length);
    const shards = await shardsOf(STREAM);
    const order = got.map((r) => r.ShardId);
    for (const s of shards) {
      for (const p of [s.ParentShardId, s.AdjacentParentShardId].filter(Boolean)) {
        if (order.includes(s.ShardId) && order.includes(p!)) expect(order.lastIndexOf(p!), `${p} before ${s.ShardId}`).toBeLessThan(order.indexOf(s.ShardId));
      }
    }
    // The closed shards were read to their end; the open ones carry their last sequence number.
    const closed = shards.filter((s) => s.SequenceNumberRange.EndingSequenceNumber).map((s) => s.ShardId);
    expect([...checkpoint.finished].sort()).toEqual([...closed].sort());
    expect(Object.keys(checkpoint.shards).sort()).toEqual(shards.map((s) => s.ShardId).sort());
  });

  it('resumes from a checkpoint: nothing lost, nothing repeated, then only what is new', async () => {
    const first = await readAll({}, 437);
    const second = await readAll({ checkpoint: first.checkpoint });
    expectExactlyOnce([...first.got, ...second.got].filter((r) => r.PartitionKey !== 'explicit'), puts.filter((p) => p.key !== 'explicit'));
    expect(first.got.length + second.got.length).toBe(puts.length);
    const before = puts.length;
    await putRecords(25);
    const third = await readAll({ checkpoint: second.checkpoint });
    expectExactlyOnce(third.got, puts.slice(before));
  });

  it('starts after a sequence number in its own shard', async () => {
    const last = puts.at(-1)!;
    const { got } = await readAll({ from: { AFTER_SEQUENCE_NUMBER: puts.at(-2)!.SequenceNumber, ShardId: puts.at(-2)!.ShardId } });
    const sameShard = puts.filter((p) => p.ShardId === puts.at(-2)!.ShardId);
    const after = sameShard.slice(sameShard.indexOf(puts.at(-2)!) + 1).map((p) => p.SequenceNumber);
    expect(got.filter((r) => r.ShardId === puts.at(-2)!.ShardId).map((r) => r.SequenceNumber)).toEqual(after);
    expect(got.map((r) => r.SequenceNumber)).toContain(last.SequenceNumber);
  });

  it('reads new records from LATEST and stops on abort', async () => {
    const ac = new AbortController();
    const reader = readStream(client, { StreamName: STREAM, from: 'LATEST', idleDelay: 20, abortSignal: ac.signal });
    const got: StreamRecord[] = [];
    const done = (async () => {
      for await (const r of reader) {
        got.push(r);
        if (got.length === 3) ac.abort();
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    const fresh = [];
    for (let i = 0; i < 3; i++) fresh.push((await client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `late-${i}`, Data: `${i}` }))).SequenceNumber);
    await done;
    expect(got.map((r) => r.SequenceNumber).sort()).toEqual(fresh.sort());
  });

  it('DescribeStream pages through the shards with Limit, maxItems and a resume token', async () => {
    const all = (await client.send(new DescribeStreamCommand({ StreamName: STREAM }))).StreamDescription!.Shards.map((s) => s.ShardId);
    expect(all).toHaveLength(6);
    // kinesalite ignores Limit (one page, HasMoreShards false); the paginator takes that too.
    const direct = [];
    for await (const p of paginateDescribeStream({ client, pageSize: 2 }, { StreamName: STREAM })) direct.push(p);
    expect(direct.flatMap((p) => p.StreamDescription!.Shards.map((s) => s.ShardId))).toEqual(all);
    // Real pages: the documented paging applied in front of kinesalite (pagingProxy.ts).
    const proxy = await startPagingProxy(peer.endpoint);
    const paged = new KinesisClient({ region: 'us-east-1', endpoint: proxy.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    try {
      const pages = [];
      for await (const p of paginateDescribeStream({ client: paged, pageSize: 4 }, { StreamName: STREAM })) pages.push(p);
      expect(pages.map((p) => p.StreamDescription!.Shards.length)).toEqual([4, 2]);
      expect(pages[0]!.StreamDescription!.HasMoreShards).toBe(true);
      expect(pages.flatMap((p) => p.StreamDescription!.Shards.map((s) => s.ShardId))).toEqual(all);
      expect(proxy.seen).toEqual([{ Limit: 4 }, { Limit: 4, ExclusiveStartShardId: all[3] }]);
      const capped = [];
      for await (const p of paginateDescribeStream({ client: paged, pageSize: 2, maxItems: 3 }, { StreamName: STREAM })) capped.push(p);
      expect(capped.flatMap((p) => p.StreamDescription!.Shards.map((s) => s.ShardId))).toEqual(all.slice(0, 3));
      const rest = [];
      for await (const p of paginateDescribeStream({ client: paged, pageSize: 2, startingToken: capped.at(-1)!.resumeToken }, { StreamName: STREAM })) rest.push(...p.StreamDescription!.Shards.map((s) => s.ShardId));
      expect(rest).toEqual(all.slice(3));
      // The shard reader lists shards through the same pages and reads the same stream.
      const { got } = await readAll();
      const viaPages = [];
      for await (const r of readStream(paged, { StreamName: STREAM, stopWhenCaughtUp: true, idleDelay: 20 })) viaPages.push(r.SequenceNumber);
      expect(viaPages.sort()).toEqual(got.map((r) => r.SequenceNumber).sort());
    } finally {
      paged.destroy();
      await proxy.close();
    }
  });

  it('ListStreams pages past a page boundary with Limit, maxItems and a resume token', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `page-${String(i).padStart(2, '0')}`);
    for (const n of names) await client.send(new CreateStreamCommand({ StreamName: n, ShardCount: 1 }));
    const all = [...names, STREAM].sort();
    const pages = [];
    for await (const p of paginateListStreams({ client, pageSize: 5 }, {})) pages.push(p);
    expect(pages.map((p) => p.StreamNames!.length)).toEqual([5, 5, 2]);
    expect(pages.flatMap((p) => p.StreamNames)).toEqual(all);
    expect((await client.send(new ListStreamsCommand({ Limit: 5 }))).HasMoreStreams).toBe(true);
    const head = [];
    let token: string | undefined;
    for await (const p of paginateListStreams({ client, pageSize: 5, maxItems: 7 }, {})) head.push(...p.StreamNames!), (token = p.resumeToken);
    expect(head).toEqual(all.slice(0, 7));
    const tail = [];
    for await (const p of paginateListStreams({ client, pageSize: 5, startingToken: token }, {})) tail.push(...p.StreamNames!);
    expect(tail).toEqual(all.slice(7));
  });

  it('deletes a stream and waits until it is gone', async () => {
    await waitUntilStreamExists({ client, ...wait }, { StreamName: 'page-00' });
    await client.send(new DeleteStreamCommand({ StreamName: 'page-00' }));
    expect((await waitUntilStreamNotExists({ client, ...wait }, { StreamName: 'page-00' })).state).toBe('SUCCESS');
    await expect(client.send(new DeleteStreamCommand({ StreamName: 'page-00' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("with validation off, the server's own check answers as a typed ValidationException", async () => {
    const loose = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, validation: false });
    const err = await loose.send(new CreateStreamCommand({ StreamName: 'bad name!', ShardCount: 1 })).catch((e: unknown) => e);
    loose.destroy();
    expect(err).toBeInstanceOf(ValidationException);
  });
});
