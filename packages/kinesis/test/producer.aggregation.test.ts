// KinesisProducer's aggregation over a capturing transport that knows no ListShards (so only
// records of one hash key share an aggregate) and fails a share of records and of requests.
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '@skiff/core';
import { deaggregate, KinesisProducer, shardForPartitionKey, type ProducerResult } from '../src/index.js';
import { captured, dec, json } from './helpers.js';

type Req = { Records?: Array<{ PartitionKey: string; ExplicitHashKey?: string; Data: string }> };
const bodyOf = (b: Uint8Array) => JSON.parse(dec(b)) as Req;
const unknown = () => json({ __type: 'UnknownOperationException', message: 'no' }, 400);

describe('KinesisProducer with aggregate: true', () => {
  it('packs a key’s records into aggregates within aggregationMaxBytes, retries them whole, keeps each key’s order', async () => {
    let seq = 0;
    let failed = 0;
    const stored: Array<{ seq: string; record: { PartitionKey: string; ExplicitHashKey?: string; Data: Uint8Array } }> = [];
    let rand = 7;
    const random = () => ((rand = (rand * 48271) % 2147483647) / 2147483647);
    const { cap, client } = captured((req) => {
      const b = bodyOf(req.body);
      if (!b.Records) return unknown();
      if (random() < 0.1) return json({ __type: 'ProvisionedThroughputExceededException', message: 'slow down' }, 400);
      return json({
        Records: b.Records.map((r) => {
          if (random() < 0.2) return failed++, { ErrorCode: 'InternalFailure', ErrorMessage: 'try again' };
          const SequenceNumber = String(++seq);
          stored.push({ seq: SequenceNumber, record: { ...r, Data: fromBase64(r.Data) } });
          return { ShardId: 'shardId-000000000000', SequenceNumber };
        }),
      });
    }, { maxAttempts: 1 });
    const p = new KinesisProducer(client, { StreamName: 's', aggregate: true, aggregationMaxBytes: 2_000, lingerMs: 2, baseDelayMs: 1, maxDelayMs: 4, maxAttempts: 50 });
    const results: Array<Promise<ProducerResult>> = [];
    for (let i = 0; i < 3_000; i++) results.push((await p.submit({ PartitionKey: `k${i % 30}`, Data: `${i % 30}:${Math.floor(i / 30)}:${'x'.repeat(i % 97)}` })).result);
    await p.close();
    const out = await Promise.all(results);
    expect(failed).toBeGreaterThan(0);
    expect(out.some((r) => r.attempts > 1)).toBe(true);

    const users = new Map<string, string>();
    const perKey = new Map<string, number[]>();
    for (const s of stored) {
      expect(s.record.Data.byteLength + s.record.PartitionKey.length).toBeLessThanOrEqual(2_000);
      const us = await deaggregate(s.record);
      // No shard list: an aggregate holds one hash key's records; its ExplicitHashKey is theirs.
      expect(new Set(us.map((u) => u.PartitionKey))).toEqual(new Set([s.record.PartitionKey]));
      if (us.length > 1) expect(s.record.ExplicitHashKey).toMatch(/^\d+$/);
      for (const u of us) {
        users.set(`${s.seq}/${u.SubSequenceNumber}`, dec(u.Data));
        const [k, n] = dec(u.Data).split(':');
        perKey.set(k!, [...(perKey.get(k!) ?? []), Number(n)]);
      }
    }
    expect(users.size).toBe(3_000);
    expect(stored.length).toBeLessThan(3_000 / 5);
    for (const [k, ns] of perKey) expect(ns, k).toEqual(Array.from({ length: 100 }, (_, j) => j));
    out.forEach((r, i) => expect(users.get(`${r.SequenceNumber}/${r.SubSequenceNumber}`)?.split(':').slice(0, 2).join(':')).toBe(`${i % 30}:${Math.floor(i / 30)}`));
    expect(cap.requests.filter((r) => !bodyOf(r.body).Records).length).toBe(1); // ListShards, asked once
  });

  it('sends a record alone as itself, and a record over the limit alone; off by default', async () => {
    const { cap, client } = captured((req) => {
      const b = bodyOf(req.body);
      if (!b.Records) return unknown();
      return json({ Records: b.Records.map((_, i) => ({ ShardId: 'shardId-000000000000', SequenceNumber: String(i + 1) })) });
    });
    const p = new KinesisProducer(client, { StreamName: 's', aggregate: true, aggregationMaxBytes: 100 });
    const [one, big] = await Promise.all([p.put({ PartitionKey: 'a', Data: 'just me' }), p.put({ PartitionKey: 'b', Data: 'y'.repeat(500) })]);
    expect([one.SubSequenceNumber, big.SubSequenceNumber]).toEqual([0, 0]);
    const sent = cap.requests.flatMap((r) => bodyOf(r.body).Records ?? []);
    expect(sent.map((r) => [r.PartitionKey, dec(fromBase64(r.Data)).slice(0, 7), r.ExplicitHashKey])).toEqual([['a', 'just me', undefined], ['b', 'yyyyyyy', undefined]]);

    const plain = captured((req) => json({ Records: bodyOf(req.body).Records!.map((_, i) => ({ ShardId: 'shardId-000000000000', SequenceNumber: String(i + 1) })) }));
    const q = new KinesisProducer(plain.client, { StreamName: 's' });
    const rs = await Promise.all([q.put({ PartitionKey: 'a', Data: '1' }), q.put({ PartitionKey: 'a', Data: '2' })]);
    expect(rs.map((r) => r.SubSequenceNumber)).toEqual([undefined, undefined]);
    expect(plain.cap.requests.flatMap((r) => bodyOf(r.body).Records!.map((x) => dec(fromBase64(x.Data))))).toEqual(['1', '2']);
  });

  it('groups keys by the shard they hash to (ListShards), and lists the shards again when a result lands elsewhere', async () => {
    const half = 1n << 127n;
    const shards = [
      { ShardId: 'shardId-000000000000', HashKeyRange: { StartingHashKey: '0', EndingHashKey: String(half - 1n) }, SequenceNumberRange: { StartingSequenceNumber: '1' } },
      { ShardId: 'shardId-000000000001', HashKeyRange: { StartingHashKey: String(half), EndingHashKey: String((1n << 128n) - 1n) }, SequenceNumberRange: { StartingSequenceNumber: '1' } },
    ];
    let lists = 0;
    let seq = 0;
    const { cap, client } = captured((req) => {
      const b = bodyOf(req.body);
      if (!b.Records) return lists++, json({ Shards: shards });
      // Answers as the shard of the record's ExplicitHashKey, but one answer from the wrong shard.
      return json({ Records: b.Records.map((r) => ({ ShardId: seq === 3 ? 'shardId-000000000009' : BigInt(r.ExplicitHashKey ?? '0') < half ? shards[0]!.ShardId : shards[1]!.ShardId, SequenceNumber: String(++seq) })) });
    });
    const p = new KinesisProducer(client, { StreamName: 's', aggregate: true, lingerMs: 5 });
    const keys = Array.from({ length: 40 }, (_, i) => `key-${i}`);
    const shardOf = new Map<string, string>();
    for (const k of keys) shardOf.set(k, (await shardForPartitionKey(shards, k))!.ShardId);
    const results = await Promise.all(keys.map((k) => p.put({ PartitionKey: k, Data: k })));
    results.forEach((r, i) => expect(r.ShardId).toBe(shardOf.get(keys[i]!)));
    const sent = cap.requests.flatMap((r) => bodyOf(r.body).Records ?? []);
    expect(sent.length).toBe(2); // one aggregate a shard
    for (const a of sent) {
      const us = await deaggregate({ ...a, Data: fromBase64(a.Data) });
      expect(us.length).toBeGreaterThan(1);
      expect(new Set(us.map((u) => shardOf.get(u.PartitionKey)))).toEqual(new Set([BigInt(a.ExplicitHashKey!) < half ? shards[0]!.ShardId : shards[1]!.ShardId]));
      expect(a.PartitionKey).toBe(us[0]!.PartitionKey);
    }
    expect(lists).toBe(1);
    // The next answer comes from a shard not predicted (as after a split): the put after it lists the shards again.
    seq = 3;
    await p.put({ PartitionKey: 'again', Data: 'x' });
    await p.put({ PartitionKey: 'later', Data: 'y' });
    expect(lists).toBe(2);
    await p.close();
  });
});

