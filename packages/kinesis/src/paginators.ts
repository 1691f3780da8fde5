// The two paginated operations of the 2013 document: ListStreams ("ExclusiveStartStreamName
// … the name of the last stream returned", HasMoreStreams) and DescribeStream over shards
// ("ExclusiveStartShardId … the shard ID of the last shard returned", HasMoreShards).
import { createPaginator } from '@skiff/core';
import { DescribeStreamCommand } from './operations/describeStream.js';
import { ListStreamsCommand } from './operations/listStreams.js';

/** Pages of stream names; `pageSize` is `Limit`, `maxItems` counts names. */
export const paginateListStreams = /* @__PURE__ */ createPaginator(ListStreamsCommand, {
  inputToken: 'ExclusiveStartStreamName',
  items: 'StreamNames',
  pageSize: 'Limit',
  nextToken: (out) => (out.HasMoreStreams ? out.StreamNames?.at(-1) : undefined),
});

/** Pages of a stream's description; `pageSize` is `Limit`, `maxItems` counts shards. */
export const paginateDescribeStream = /* @__PURE__ */ createPaginator(DescribeStreamCommand, {
  inputToken: 'ExclusiveStartShardId',
  items: 'StreamDescription.Shards',
  pageSize: 'Limit',
  nextToken: (out) => (out.StreamDescription?.HasMoreShards ? out.StreamDescription.Shards?.at(-1)?.ShardId : undefined),
});
