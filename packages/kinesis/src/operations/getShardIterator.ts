// GetShardIterator: ../shared/seeds/003 "GetShardIterator", with today's API reference:
// StreamARN, AT_TIMESTAMP and its Timestamp.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import {
  AccessDeniedException, InternalFailureException, InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException,
} from '../errors.js';
import { sequenceNumber, SHARD_ITERATOR_TYPES, shardId, streamArn, streamName, timestamp, needsStream, type ShardIteratorType } from '../shapes.js';

export interface GetShardIteratorInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  ShardId: string;
  ShardIteratorType: ShardIteratorType;
  /** Required with AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER. */
  StartingSequenceNumber?: string;
  /** Required with AT_TIMESTAMP: the first record read is the one at or after it. */
  Timestamp?: Date;
}
export interface GetShardIteratorOutput {
  /** Absent (null) when the shard is closed and the iterator would return no more data. */
  ShardIterator?: string;
}

const NEEDS_SEQUENCE = new Set<string>(['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER']);

export const GetShardIterator = /* @__PURE__ */ defineOperation<GetShardIteratorInput, GetShardIteratorOutput>({
  name: 'GetShardIterator',
  input: () =>
    z
      .object({
        StreamName: z.optional(streamName()),
        StreamARN: z.optional(streamArn()),
        ShardId: shardId(),
        ShardIteratorType: z.enum(SHARD_ITERATOR_TYPES),
        StartingSequenceNumber: z.optional(sequenceNumber()),
        Timestamp: z.optional(timestamp()),
      })
      .check(
        needsStream(),
        // AT_/AFTER_SEQUENCE_NUMBER read from "a specific sequence number". With the other
        // types one is not refused: the service decides (seed-decisions.md).
        z.refine((i) => !NEEDS_SEQUENCE.has(i.ShardIteratorType) || i.StartingSequenceNumber !== undefined, {
          path: ['StartingSequenceNumber'],
          message: 'is required when ShardIteratorType is AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER',
        }),
        // AT_TIMESTAMP reads "from the position denoted by a specific time stamp".
        z.refine((i) => i.ShardIteratorType !== 'AT_TIMESTAMP' || i.Timestamp !== undefined, {
          path: ['Timestamp'],
          message: 'is required when ShardIteratorType is AT_TIMESTAMP',
        }),
      ),
  errors: [AccessDeniedException, InternalFailureException, InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException],
});
export const GetShardIteratorCommand = /* @__PURE__ */ createCommand(GetShardIterator);
export type GetShardIteratorCommand = InstanceType<typeof GetShardIteratorCommand>;
