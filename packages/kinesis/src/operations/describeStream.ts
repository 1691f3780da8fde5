// DescribeStream: ../shared/seeds/003 "DescribeStream" (paginated over shards: paginators.ts).
import * as z from 'zod/mini';
import { createCommand, defineOperation, struct } from '@skiff/core';
import { LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { limit, shardId, streamName, type StreamDescription } from '../shapes.js';

export interface DescribeStreamInput {
  StreamName: string;
  /** The maximum number of shards to return. */
  Limit?: number;
  /** The shard after which the description starts (the last ShardId of the previous page). */
  ExclusiveStartShardId?: string;
}
export interface DescribeStreamOutput {
  StreamDescription?: StreamDescription;
}

export const DescribeStream = /* @__PURE__ */ defineOperation<DescribeStreamInput, DescribeStreamOutput>({
  name: 'DescribeStream',
  input: () => ({
    StreamName: streamName(),
    Limit: z.optional(limit()),
    ExclusiveStartShardId: z.optional(shardId()),
  }),
  // A newer service adds StreamCreationTimestamp (epoch seconds); read it as a Date.
  output: { StreamDescription: /* @__PURE__ */ struct({ StreamCreationTimestamp: 'timestamp' }) },
  errors: [LimitExceededException, ResourceNotFoundException],
});
export const DescribeStreamCommand = /* @__PURE__ */ createCommand(DescribeStream);
export type DescribeStreamCommand = InstanceType<typeof DescribeStreamCommand>;
