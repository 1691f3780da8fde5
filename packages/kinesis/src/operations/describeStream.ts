// DescribeStream: ../shared/seeds/003 "DescribeStream" (paginated over shards: paginators.ts);
// StreamARN from today's API reference.
import * as z from 'zod/mini';
import { createCommand, defineOperation, struct } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { limit, onStream, shardId, type StreamDescription } from '../shapes.js';

export interface DescribeStreamInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
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
  input: () =>
    onStream({
      Limit: z.optional(limit()),
      ExclusiveStartShardId: z.optional(shardId()),
    }),
  // A newer service adds StreamCreationTimestamp (epoch seconds); read it as a Date.
  output: { StreamDescription: /* @__PURE__ */ struct({ StreamCreationTimestamp: 'timestamp' }) },
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceNotFoundException],
});
export const DescribeStreamCommand = /* @__PURE__ */ createCommand(DescribeStream);
export type DescribeStreamCommand = InstanceType<typeof DescribeStreamCommand>;
