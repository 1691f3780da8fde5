// ListShards: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Lists a stream's shards, paged by NextToken (paginators.ts). With NextToken the stream is
// named by the token: StreamName, ExclusiveStartShardId and StreamCreationTimestamp must then be
// absent; ShardFilter and ExclusiveStartShardId exclude each other.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, ExpiredNextTokenException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { maxResults, nextToken, shardId, streamArn, streamName, timestamp, type Shard } from '../shapes.js';

export const SHARD_FILTER_TYPES = ['AFTER_SHARD_ID', 'AT_TRIM_HORIZON', 'FROM_TRIM_HORIZON', 'AT_LATEST', 'AT_TIMESTAMP', 'FROM_TIMESTAMP'] as const;
export type ShardFilterType = (typeof SHARD_FILTER_TYPES)[number];
export interface ShardFilter {
  Type: ShardFilterType;
  /** Required with AFTER_SHARD_ID. */
  ShardId?: string;
  /** Required with AT_TIMESTAMP and FROM_TIMESTAMP. */
  Timestamp?: Date;
}
export interface ListShardsInput {
  StreamName?: string;
  StreamARN?: string;
  NextToken?: string;
  ExclusiveStartShardId?: string;
  /** 1..10,000 shards per page (the service's default is 1,000). */
  MaxResults?: number;
  /** Tells apart streams of one name created at different times. */
  StreamCreationTimestamp?: Date;
  ShardFilter?: ShardFilter;
}
export interface ListShardsOutput {
  Shards?: Shard[];
  /** Absent on the last page; expires after 300 seconds (ExpiredNextTokenException). */
  NextToken?: string;
}

export const ListShards = /* @__PURE__ */ defineOperation<ListShardsInput, ListShardsOutput>({
  name: 'ListShards',
  input: () =>
    z
      .object({
        StreamName: z.optional(streamName()),
        StreamARN: z.optional(streamArn()),
        NextToken: z.optional(nextToken()),
        ExclusiveStartShardId: z.optional(shardId()),
        MaxResults: z.optional(maxResults()),
        StreamCreationTimestamp: z.optional(timestamp()),
        ShardFilter: z.optional(
          z
            .object({ Type: z.enum(SHARD_FILTER_TYPES), ShardId: z.optional(shardId()), Timestamp: z.optional(timestamp()) })
            .check(
              z.refine((f) => f.Type !== 'AFTER_SHARD_ID' || f.ShardId !== undefined, { path: ['ShardId'], message: 'is required when Type is AFTER_SHARD_ID' }),
              z.refine((f) => (f.Type !== 'AT_TIMESTAMP' && f.Type !== 'FROM_TIMESTAMP') || f.Timestamp !== undefined, {
                path: ['Timestamp'],
                message: 'is required when Type is AT_TIMESTAMP or FROM_TIMESTAMP',
              }),
            ),
        ),
      })
      .check(
        z.refine((i) => i.NextToken !== undefined || i.StreamName !== undefined || i.StreamARN !== undefined, { path: ['StreamName'], message: 'is required (or StreamARN, or NextToken)' }),
        z.refine((i) => i.NextToken === undefined || (i.StreamName === undefined && i.ExclusiveStartShardId === undefined && i.StreamCreationTimestamp === undefined), {
          path: ['NextToken'],
          message: 'cannot be combined with StreamName, ExclusiveStartShardId or StreamCreationTimestamp',
        }),
        z.refine((i) => i.ShardFilter === undefined || i.ExclusiveStartShardId === undefined, { path: ['ShardFilter'], message: 'cannot be combined with ExclusiveStartShardId' }),
      ),
  errors: [AccessDeniedException, ExpiredNextTokenException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const ListShardsCommand = /* @__PURE__ */ createCommand(ListShards);
export type ListShardsCommand = InstanceType<typeof ListShardsCommand>;
