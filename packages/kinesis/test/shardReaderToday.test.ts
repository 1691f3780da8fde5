// ShardReader on today's API: shards listed by ListShards (DescribeStream where the server
// has no ListShards), and a start AT_TIMESTAMP. Against the in-memory fake (which knows no
// ListShards) and against kinesalite (which does).
import { startKinesalite, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateStreamCommand, KinesisClient, PutRecordsCommand, readStream, waitUntilStreamExists, type StreamRecord } from '../src/index.js';
import { FakeKinesis } from './fakeKinesis.js';

const dec = (b: Uint8Array) => new TextDecoder().decode(b);
async function collect(it: AsyncIterable<StreamRecord>): Promise<StreamRecord[]> {
  const out: StreamRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('ShardReader: ListShards with a DescribeStream fallback', () => {
  it('falls back to DescribeStream once the server answers ListShards as unknown, and stays there', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    k.put('s0', 'a', 'one');
    const got = await collect(readStream(k.client(), { StreamName: 'stream', stopWhenCaughtUp: true, idleDelay: 5 }));
    expect(got.map((r) => dec(r.Data))).toEqual(['one']);
    expect(k.count('ListShards')).toBe(1);
    expect(k.count('DescribeStream')).toBeGreaterThanOrEqual(1);
  });
});

describe('ShardReader against kinesalite: ListShards and AT_TIMESTAMP', () => {
  let peer: Peer;
  let client: KinesisClient;
  const ops: string[] = [];
  beforeAll(async () => {
    peer = await startKinesalite();
    client = new KinesisClient({
      region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      hooks: { beforeRequest: ({ operation }) => void ops.push(operation) },
    });
    await client.send(new CreateStreamCommand({ StreamName: 'ts', ShardCount: 3 }));
    await waitUntilStreamExists({ client, maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 }, { StreamName: 'ts' });
  });
  afterAll(async () => {
    await peer?.stop();
  });

  it('starts every shard at the first record at or after the time, and lists shards by ListShards', async () => {
    const put = (tag: string) => client.send(new PutRecordsCommand({ StreamName: 'ts', Records: Array.from({ length: 30 }, (_, i) => ({ PartitionKey: `k${i}`, Data: `${tag}${i}` })) }));
    await put('old');
    // kinesalite stamps arrival in ms; a gap keeps the two batches apart.
    await new Promise((r) => setTimeout(r, 50));
    const at = new Date();
    await new Promise((r) => setTimeout(r, 50));
    await put('new');
    ops.length = 0;
    const got = await collect(readStream(client, { StreamName: 'ts', from: { AT_TIMESTAMP: at }, stopWhenCaughtUp: true, idleDelay: 10 }));
    expect(got.map((r) => dec(r.Data)).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `new${i}`).sort());
    expect(new Set(got.map((r) => r.ShardId)).size).toBeGreaterThan(1);
    expect(ops).toContain('ListShards');
    expect(ops).not.toContain('DescribeStream');
  });
});
