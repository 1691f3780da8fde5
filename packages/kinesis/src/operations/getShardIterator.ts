// GetShardIterator: ../shared/seeds/003 "GetShardIterator".
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException } from '../errors.js';
import { sequenceNumber, SHARD_ITERATOR_TYPES, shardId, streamName, type ShardIteratorType } from '../shapes.js';

export interface GetShardIteratorInput {
  StreamName: string;
  ShardId: string;
  ShardIteratorType: ShardIteratorType;
  /** Required with AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER, absent otherwise. */
  StartingSequenceNumber?: string;
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
        StreamName: streamName(),
        ShardId: shardId(),
        // The four types of the 2013 document (AT_TIMESTAMP came with a later API version).
        ShardIteratorType: z.enum(SHARD_ITERATOR_TYPES),
        StartingSequenceNumber: z.optional(sequenceNumber()),
      })
      .check(
        // The document's prose: AT_/AFTER_SEQUENCE_NUMBER read from "a specific sequence
        // number"; the service rejects one given with TRIM_HORIZON or LATEST.
        z.refine((i) => !NEEDS_SEQUENCE.has(i.ShardIteratorType) || i.StartingSequenceNumber !== undefined, {
          path: ['StartingSequenceNumber'],
          message: 'is required when ShardIteratorType is AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER',
        }),
        z.refine((i) => NEEDS_SEQUENCE.has(i.ShardIteratorType) || i.StartingSequenceNumber === undefined, {
          path: ['StartingSequenceNumber'],
          message: 'must be absent when ShardIteratorType is TRIM_HORIZON or LATEST',
        }),
      ),
  errors: [InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException],
});
export const GetShardIteratorCommand = /* @__PURE__ */ createCommand(GetShardIterator);
export type GetShardIteratorCommand = InstanceType<typeof GetShardIteratorCommand>;
