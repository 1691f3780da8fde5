// KinesisProducer with `aggregate: true` against kinesalite, through the fault-injecting proxy
// (a share of PutRecords throttled whole, a share of the aggregated records in the others
// failed): 5,000 records over 50 keys on a 4-shard stream, read back by a ShardReader as user
// records, every record once, each key's in put order, each on its key's shard, each where its
// put() said (shard, sequence number, sub-sequence number). The stored records themselves are
// aggregates within aggregationMaxBytes, readable by aws-kinesis-agg. A checkpoint taken in the
// middle of an aggregate resumes at that aggregate's first user record, nothing skipped.
import { createRequire } from 'node:module';
import { startKinesalite, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStreamCommand, KinesisClient, KinesisProducer, ListShardsCommand, readStream, shardForPartitionKey, waitUntilStreamExists, type ProducerResult, type StreamRecord,
} from '../src/index.js';
import { startFaultProxy, type FaultProxy } from './faultProxy.js';

const STREAM = 'producer-agg';
const RECORDS = 5_000;
const KEYS = 50;
const MAX_AGG = 8_192;
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const creds = { accessKeyId: 'test', secretAccessKey: 'test' };
const oracle = createRequire(import.meta.url)('aws-kinesis-agg') as {
  deaggregateSync(r: { partitionKey: string; data: string; sequenceNumber: string }, checksums: boolean, cb: (err: Error | null, rs?: Array<{ partitionKey: string; data: string }>) => void): void;
};

let peer: Peer;
let proxy: FaultProxy;
let direct: KinesisClient;

beforeAll(async () => {
  peer = await startKinesalite({ shardLimit: 10 });
  direct = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: creds });
  await direct.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 4 }));
  await waitUntilStreamExists({ client: direct, maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 }, { StreamName: STREAM });
  proxy = await startFaultProxy(peer.endpoint, { throttleShare: 0.1, failShare: 0.2 });
});

afterAll(async () => {
  await proxy?.stop();
  await peer?.stop();
});

describe('KinesisProducer with aggregate: true, read back by ShardReader', () => {
  it('stores every user record once, in order per key, on its shard, where put() said', async () => {
    const client = new KinesisClient({ region: 'us-east-1', endpoint: proxy.endpoint, credentials: creds, maxAttempts: 2 });
    const producer = new KinesisProducer(client, { StreamName: STREAM, aggregate: true, aggregationMaxBytes: MAX_AGG, lingerMs: 20, baseDelayMs: 5, maxDelayMs: 100, maxAttempts: 30 });
    const results: Array<Promise<ProducerResult>> = [];
    const pad = 'x'.repeat(100);
    for (let i = 0; i < RECORDS; i++) {
      const key = `key-${i % KEYS}`;
      const { result } = await producer.submit({ PartitionKey: key, Data: JSON.stringify({ key, n: Math.floor(i / KEYS), pad }) });
      results.push(result);
    }
    await producer.close();
    const settled = await Promise.allSettled(results);
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    const stored = settled.map((r) => (r as PromiseFulfilledResult<ProducerResult>).value);
    // The faults happened, and aggregates were retried.
    expect(proxy.stats.throttled).toBeGreaterThan(0);
    expect(proxy.stats.failedRecords).toBeGreaterThan(0);
    expect(stored.some((r) => r.attempts > 1)).toBe(true);
    const position = (r: { ShardId: string; SequenceNumber: string; SubSequenceNumber?: number }) => `${r.ShardId}/${r.SequenceNumber}/${r.SubSequenceNumber ?? 0}`;
    expect(new Set(stored.map(position)).size).toBe(RECORDS);

    // The stored records: far fewer than the user records, each within the limit, each read
    // by aws-kinesis-agg as user records of one shard's keys.
    const shards = (await direct.send(new ListShardsCommand({ StreamName: STREAM }))).Shards!;
    const shardOfKey = new Map<string, string>();
    for (let k = 0; k < KEYS; k++) shardOfKey.set(`key-${k}`, (await shardForPartitionKey(shards, `key-${k}`))!.ShardId);
    const raw: StreamRecord[] = [];
    for await (const r of readStream(direct, { StreamName: STREAM, stopWhenCaughtUp: true, idleDelay: 20, limit: 10_000, deaggregate: false })) raw.push(r);
    expect(raw.length).toBe(proxy.stats.forwardedRecords);
    expect(raw.length).toBeLessThan(RECORDS / 10);
    let viaOracle = 0;
    let manyKeys = 0;
    for (const r of raw) {
      expect(r.Data.byteLength + r.PartitionKey.length).toBeLessThanOrEqual(MAX_AGG);
      oracle.deaggregateSync({ partitionKey: r.PartitionKey, data: Buffer.from(r.Data).toString('base64'), sequenceNumber: r.SequenceNumber }, true, (err, users) => {
        if (err) throw err;
        for (const u of users!) expect(shardOfKey.get(u.partitionKey)).toBe(r.ShardId);
        viaOracle += users!.length;
        if (new Set(users!.map((u) => u.partitionKey)).size > 1) manyKeys++;
      });
    }
    expect(viaOracle).toBe(RECORDS);
    expect(manyKeys).toBeGreaterThan(0); // keys of one shard share aggregates

    // De-aggregated by the reader: each record once, each key in put order, on its shard.
    const got: StreamRecord[] = [];
    for await (const r of readStream(direct, { StreamName: STREAM, stopWhenCaughtUp: true, idleDelay: 20, limit: 10_000 })) got.push(r);
    expect(got.length).toBe(RECORDS);
    expect(new Set(got.map(position)).size).toBe(RECORDS);
    const byKey = new Map<string, number[]>();
    for (const r of got) {
      const { key, n } = JSON.parse(dec(r.Data)) as { key: string; n: number };
      expect(r.PartitionKey).toBe(key);
      expect(r.ShardId).toBe(shardOfKey.get(key));
      byKey.set(key, [...(byKey.get(key) ?? []), n]);
    }
    expect(byKey.size).toBe(KEYS);
    for (const [key, ns] of byKey) expect(ns, key).toEqual(Array.from({ length: RECORDS / KEYS }, (_, j) => j));
    expect(got.some((r) => r.Aggregated && (r.SubSequenceNumber ?? 0) > 0)).toBe(true);
    // Where each put() said its record is.
    const at = new Map(got.map((r) => [position(r), dec(r.Data)]));
    for (let i = 0; i < RECORDS; i++) expect(JSON.parse(at.get(position(stored[i]!))!).n).toBe(Math.floor(i / KEYS));

    // A checkpoint in the middle of an aggregate: the next reader starts at its first user record.
    const reader = readStream(direct, { StreamName: STREAM, idleDelay: 20, limit: 10_000 });
    const head: StreamRecord[] = [];
    for await (const r of reader) {
      head.push(r);
      if (head.length > 1 && r.Aggregated && r.SubSequenceNumber === 3) break;
    }
    const last = head.at(-1)!;
    const checkpoint = reader.checkpoint();
    expect(checkpoint.shards[last.ShardId]).not.toBe(last.SequenceNumber);
    const tail: StreamRecord[] = [];
    for await (const r of readStream(direct, { StreamName: STREAM, checkpoint, stopWhenCaughtUp: true, idleDelay: 20, limit: 10_000 })) tail.push(r);
    const headAt = new Set(head.map(position));
    const again = tail.filter((r) => headAt.has(position(r)));
    expect(again.map((r) => [r.SequenceNumber, r.SubSequenceNumber])).toEqual([0, 1, 2, 3].map((j) => [last.SequenceNumber, j]));
    expect(new Set([...head, ...tail].map(position)).size).toBe(RECORDS);
  }, 120_000);
});
