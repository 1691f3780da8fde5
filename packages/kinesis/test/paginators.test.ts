// Requests the new paginators send: ListShards sends its NextToken alone (with MaxResults)
// after the first page, since the API refuses it beside StreamName or ExclusiveStartShardId.
import { describe, expect, it } from 'vitest';
import { paginateListShards, paginateListStreamConsumers } from '../src/index.js';
import { captured, dec, json } from './helpers.js';

const shard = (n: number) => ({ ShardId: `shardId-${n}`, HashKeyRange: { StartingHashKey: '0', EndingHashKey: '1' }, SequenceNumberRange: { StartingSequenceNumber: '1' } });

describe('paginators of today\'s API', () => {
  it('ListShards: the token alone after page one, until no NextToken', async () => {
    const pages = [{ Shards: [shard(0), shard(1)], NextToken: 't1' }, { Shards: [shard(2), shard(3)], NextToken: 't2' }, { Shards: [shard(4)] }];
    let i = 0;
    const { cap, client } = captured(() => json(pages[i++]));
    const got: string[] = [];
    for await (const p of paginateListShards({ client, pageSize: 2 }, { StreamName: 's', ShardFilter: { Type: 'AT_LATEST' } })) got.push(...p.Shards!.map((s) => s.ShardId));
    expect(got).toEqual(['shardId-0', 'shardId-1', 'shardId-2', 'shardId-3', 'shardId-4']);
    expect(cap.requests.map((r) => JSON.parse(dec(r.body)))).toEqual([
      { StreamName: 's', ShardFilter: { Type: 'AT_LATEST' }, MaxResults: 2 },
      { NextToken: 't1', MaxResults: 2 },
      { NextToken: 't2', MaxResults: 2 },
    ]);
  });

  it('ListStreamConsumers: StreamARN kept beside the token (the operation requires it)', async () => {
    const arn = 'arn:aws:kinesis:us-east-1:123456789012:stream/s';
    const pages = [{ Consumers: [{ ConsumerName: 'a' }], NextToken: 'n1' }, { Consumers: [{ ConsumerName: 'b' }] }];
    let i = 0;
    const { cap, client } = captured(() => json(pages[i++]));
    const got: string[] = [];
    for await (const p of paginateListStreamConsumers({ client }, { StreamARN: arn })) got.push(...p.Consumers!.map((c) => c.ConsumerName));
    expect(got).toEqual(['a', 'b']);
    expect(JSON.parse(dec(cap.requests[1]!.body))).toEqual({ StreamARN: arn, NextToken: 'n1' });
  });
});
