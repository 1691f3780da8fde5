// KinesisProducer through a fault-injecting proxy in front of kinesalite: 100,000 records over
// 1,000 keys (about 25 s on a shared 2-core machine), a tenth of the requests throttled whole
// and a fifth of the records failed in the others. Every record is stored exactly once, each
// key's records in put order, the buffer stays bounded, and close() drains.
import { startKinesalite, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateStreamCommand, KinesisClient, KinesisProducer, readStream, waitUntilStreamExists, type ProducerResult } from '../src/index.js';
import { startFaultProxy, type FaultProxy } from './faultProxy.js';

const STREAM = 'producer-it';
const RECORDS = 100_000;
const KEYS = 1_000;
const MAX_BUFFERED = 3_000;
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const creds = { accessKeyId: 'test', secretAccessKey: 'test' };

let peer: Peer;
let proxy: FaultProxy;
let direct: KinesisClient;

beforeAll(async () => {
  peer = await startKinesalite({ shardLimit: 50 });
  direct = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: creds });
  await direct.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 4 }));
  await waitUntilStreamExists({ client: direct, maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 }, { StreamName: STREAM });
  proxy = await startFaultProxy(peer.endpoint, { throttleShare: 0.1, failShare: 0.2 });
});

afterAll(async () => {
  await proxy?.stop();
  await peer?.stop();
});

describe('KinesisProducer against kinesalite behind a fault-injecting proxy', () => {
  it('stores every record exactly once, in order per key, with bounded memory; close() drains', async () => {
    // The client's own retries are cut to 2 tries, so throttled requests reach the producer too.
    const client = new KinesisClient({ region: 'us-east-1', endpoint: proxy.endpoint, credentials: creds, maxAttempts: 2 });
    const producer = new KinesisProducer(client, { StreamName: STREAM, lingerMs: 20, maxBufferedRecords: MAX_BUFFERED, baseDelayMs: 5, maxDelayMs: 100, maxAttempts: 30 });
    const results: Array<Promise<ProducerResult>> = [];
    for (let i = 0; i < RECORDS; i++) {
      const key = `key-${i % KEYS}`;
      const { result } = await producer.submit({ PartitionKey: key, Data: JSON.stringify({ key, n: Math.floor(i / KEYS) }) });
      results.push(result);
      expect(producer.buffered).toBeLessThanOrEqual(MAX_BUFFERED);
    }
    await producer.close();
    expect(producer.buffered).toBe(0);
    const settled = await Promise.allSettled(results);
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    const stored = settled.map((r) => (r as PromiseFulfilledResult<ProducerResult>).value);
    expect(new Set(stored.map((r) => r.SequenceNumber)).size).toBe(RECORDS);
    expect(producer.highWaterRecords).toBeLessThanOrEqual(MAX_BUFFERED);
    // The faults happened, and records were retried.
    expect(proxy.stats.throttled).toBeGreaterThan(0);
    expect(proxy.stats.failedRecords).toBeGreaterThan(RECORDS * 0.1);
    expect(stored.some((r) => r.attempts > 1)).toBe(true);
    await expect(producer.put({ PartitionKey: 'late', Data: 'x' })).rejects.toThrow(/closed/);

    // What the stream holds, read directly: each record once, each key in put order.
    const byKey = new Map<string, number[]>();
    const seqs = new Set<string>();
    for await (const r of readStream(direct, { StreamName: STREAM, stopWhenCaughtUp: true, idleDelay: 20, limit: 10_000 })) {
      seqs.add(r.SequenceNumber);
      const { key, n } = JSON.parse(dec(r.Data)) as { key: string; n: number };
      byKey.set(key, [...(byKey.get(key) ?? []), n]);
    }
    expect(seqs.size).toBe(RECORDS);
    expect(proxy.stats.forwardedRecords).toBe(RECORDS);
    expect(byKey.size).toBe(KEYS);
    const perKey = RECORDS / KEYS;
    for (const [key, ns] of byKey) expect(ns, key).toEqual(Array.from({ length: perKey }, (_, j) => j));
    // The results the producer reported are the stored records.
    expect([...seqs].sort()).toEqual(stored.map((r) => r.SequenceNumber).sort());
  }, 180_000);
});
