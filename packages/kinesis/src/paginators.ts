// The paginated operations. From the 2013 document: ListStreams ("ExclusiveStartStreamName
// … the name of the last stream returned", HasMoreStreams) and DescribeStream over shards
// ("ExclusiveStartShardId … the shard ID of the last shard returned", HasMoreShards). From
// today's API: ListShards and ListStreamConsumers by NextToken (botocore's paginators-1.json).
import { createPaginator, type LooseInput } from '@skiff/core';
import { DescribeStreamCommand } from './operations/describeStream.js';
import { ListShardsCommand, type ListShardsInput } from './operations/listShards.js';
import { ListStreamConsumersCommand } from './operations/listStreamConsumers.js';
import { ListStreamsCommand } from './operations/listStreams.js';

/** Pages of stream names (and summaries); `pageSize` is `Limit`, `maxItems` counts names.
 * Today's service sends NextToken; an older one (kinesalite) only HasMoreStreams, and then
 * the last name is the token. */
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

/** ListShards refuses NextToken beside StreamName, ExclusiveStartShardId, StreamCreationTimestamp
 * (the token names the stream) and beside ShardFilter: a page after the first sends the token
 * and MaxResults only. */
class ListShardsPageCommand extends ListShardsCommand {
  constructor(input: LooseInput<ListShardsInput>) {
    super(input.NextToken === undefined ? input : { NextToken: input.NextToken, MaxResults: input.MaxResults });
  }
}

/** Pages of a stream's shards; `pageSize` is `MaxResults`, `maxItems` counts shards. */
export const paginateListShards = /* @__PURE__ */ createPaginator(ListShardsPageCommand, {
  inputToken: 'NextToken',
  items: 'Shards',
  pageSize: 'MaxResults',
  nextToken: (out) => out.NextToken,
});

/** Pages of a stream's consumers; `pageSize` is `MaxResults`, `maxItems` counts consumers. */
export const paginateListStreamConsumers = /* @__PURE__ */ createPaginator(ListStreamConsumersCommand, {
  inputToken: 'NextToken',
  items: 'Consumers',
  pageSize: 'MaxResults',
  nextToken: (out) => out.NextToken,
});
