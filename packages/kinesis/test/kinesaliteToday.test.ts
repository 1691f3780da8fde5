// Today's operations against kinesalite (started here, stopped at the end): PutRecords,
// ListShards and its paginator, DescribeStreamSummary, stream tags, retention, GetShardIterator
// AT_TIMESTAMP. kinesalite takes StreamName only (no StreamARN) and ignores ListShards'
// MaxResults: those are exercised against moto (moto.test.ts).
import { startKinesalite, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTagsToStreamCommand, CreateStreamCommand, DecreaseStreamRetentionPeriodCommand, DescribeStreamSummaryCommand, GetRecordsCommand,
  GetShardIteratorCommand, IncreaseStreamRetentionPeriodCommand, InvalidArgumentException, KinesisClient, ListShardsCommand, ListStreamsCommand,
  ListTagsForStreamCommand, paginateListShards, PutRecordsCommand, RemoveTagsFromStreamCommand, ResourceNotFoundException, waitUntilStreamExists,
} from '../src/index.js';

const STREAM = 'skiff-today';
const wait = { maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 };
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

let peer: Peer;
let client: KinesisClient;

beforeAll(async () => {
  peer = await startKinesalite({ shardLimit: 50 });
  client = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  await client.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 5 }));
  await waitUntilStreamExists({ client, ...wait }, { StreamName: STREAM });
});

afterAll(async () => {
  await peer?.stop();
});

describe('kinesalite: today\'s operations', () => {
  it('DescribeStreamSummary: status, shard count, retention, creation time as a Date', async () => {
    const s = (await client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }))).StreamDescriptionSummary!;
    expect(s).toMatchObject({ StreamName: STREAM, StreamStatus: 'ACTIVE', OpenShardCount: 5, RetentionPeriodHours: 24 });
    expect(s.StreamCreationTimestamp).toBeInstanceOf(Date);
    expect(Math.abs(s.StreamCreationTimestamp.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('PutRecords: one result per record, in order; a record read back by AT_TIMESTAMP', async () => {
    const before = new Date(Date.now() - 1000);
    const Records = Array.from({ length: 500 }, (_, i) => ({ PartitionKey: `k${i % 37}`, Data: `r${i}` }));
    const out = await client.send(new PutRecordsCommand({ StreamName: STREAM, Records }));
    expect(out.FailedRecordCount ?? 0).toBe(0);
    expect(out.Records).toHaveLength(500);
    for (const r of out.Records) expect(r.SequenceNumber).toMatch(/^\d+$/);
    // AT_TIMESTAMP from a second before: the shard's first record is the first of ours.
    const first = out.Records[0]!;
    const it = await client.send(new GetShardIteratorCommand({ StreamName: STREAM, ShardId: first.ShardId!, ShardIteratorType: 'AT_TIMESTAMP', Timestamp: before }));
    const got = await client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator! }));
    expect(got.Records![0]!.SequenceNumber).toBe(first.SequenceNumber);
    expect(dec(got.Records![0]!.Data)).toBe('r0');
    // AT_TIMESTAMP in the future: refused by the service, as a typed error.
    const later = await client.send(new GetShardIteratorCommand({ StreamName: STREAM, ShardId: first.ShardId!, ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(Date.now() + 60_000) })).catch((e: unknown) => e);
    expect(later).toBeInstanceOf(InvalidArgumentException);
  });

  it('PutRecords: more than 500 records is refused before sending; a missing stream is typed', async () => {
    const err = await client.send(new PutRecordsCommand({ StreamName: 'nope', Records: [{ PartitionKey: 'a', Data: 'x' }] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceNotFoundException);
  });

  it('ListShards: all shards, the paginator, ExclusiveStartShardId', async () => {
    const all = await client.send(new ListShardsCommand({ StreamName: STREAM }));
    expect(all.Shards!.map((s) => s.ShardId)).toHaveLength(5);
    expect(all.Shards![0]!.HashKeyRange.StartingHashKey).toBe('0');
    const pages: string[][] = [];
    for await (const p of paginateListShards({ client }, { StreamName: STREAM })) pages.push(p.Shards!.map((s) => s.ShardId));
    expect(pages.flat()).toEqual(all.Shards!.map((s) => s.ShardId));
    const after = await client.send(new ListShardsCommand({ StreamName: STREAM, ExclusiveStartShardId: all.Shards![2]!.ShardId }));
    expect(after.Shards!.map((s) => s.ShardId)).toEqual(all.Shards!.slice(3).map((s) => s.ShardId));
  });

  it('tags: add, list (paged by ExclusiveStartTagKey), remove', async () => {
    await client.send(new AddTagsToStreamCommand({ StreamName: STREAM, Tags: { team: 'data', env: 'test', empty: '' } }));
    const page1 = await client.send(new ListTagsForStreamCommand({ StreamName: STREAM, Limit: 2 }));
    expect(page1.HasMoreTags).toBe(true);
    const page2 = await client.send(new ListTagsForStreamCommand({ StreamName: STREAM, ExclusiveStartTagKey: page1.Tags!.at(-1)!.Key }));
    const tags = Object.fromEntries([...page1.Tags!, ...page2.Tags!].map((t) => [t.Key, t.Value]));
    expect(tags).toEqual({ team: 'data', env: 'test', empty: '' });
    await client.send(new RemoveTagsFromStreamCommand({ StreamName: STREAM, TagKeys: ['env', 'empty'] }));
    expect((await client.send(new ListTagsForStreamCommand({ StreamName: STREAM }))).Tags).toEqual([{ Key: 'team', Value: 'data' }]);
  });

  it('retention: increase, decrease, and a decrease that is an increase is refused (typed)', async () => {
    await client.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: STREAM, RetentionPeriodHours: 48 }));
    expect((await client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }))).StreamDescriptionSummary!.RetentionPeriodHours).toBe(48);
    await client.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: STREAM, RetentionPeriodHours: 24 }));
    expect((await client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }))).StreamDescriptionSummary!.RetentionPeriodHours).toBe(24);
    const err = await client.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: STREAM, RetentionPeriodHours: 100 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentException);
  });

  it('ListStreams: names (kinesalite sends no summaries; a newer service does)', async () => {
    const out = await client.send(new ListStreamsCommand({}));
    expect(out.StreamNames).toContain(STREAM);
  });
});
