// PutRecord: ../shared/seeds/003 "PutRecord". The hot path (benchmarked): the schema is
// built once, and nothing here does per-request work beyond validation.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException } from '../errors.js';
import { data, hashKey, partitionKey, sequenceNumber, streamName } from '../shapes.js';

export interface PutRecordInput {
  StreamName: string;
  /** At most 51200 bytes; a string is sent as its UTF-8 bytes. */
  Data: Uint8Array | string;
  /** 1..256 characters and at most 256 UTF-8 bytes; its MD5 picks the shard. */
  PartitionKey: string;
  /** A decimal hash key (0..2^128-1) that picks the shard instead of the partition key. */
  ExplicitHashKey?: string;
  /** The SequenceNumber of the previous record, for strictly increasing sequence numbers. */
  SequenceNumberForOrdering?: string;
}
export interface PutRecordOutput {
  ShardId?: string;
  SequenceNumber?: string;
}

export const PutRecord = /* @__PURE__ */ defineOperation<PutRecordInput, PutRecordOutput>({
  name: 'PutRecord',
  input: () => ({
    StreamName: streamName(),
    Data: data(),
    PartitionKey: partitionKey(),
    ExplicitHashKey: z.optional(hashKey()),
    SequenceNumberForOrdering: z.optional(sequenceNumber()),
  }),
  inputShape: { Data: 'blob' },
  errors: [InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException],
});
export const PutRecordCommand = /* @__PURE__ */ createCommand(PutRecord);
export type PutRecordCommand = InstanceType<typeof PutRecordCommand>;
