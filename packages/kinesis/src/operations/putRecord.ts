// PutRecord: ../shared/seeds/003 "PutRecord". The hot path (benchmarked): the schema is
// built once, and nothing here does per-request work beyond validation.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import {
  AccessDeniedException, InternalFailureException, InvalidArgumentException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException,
  ProvisionedThroughputExceededException, ResourceNotFoundException,
} from '../errors.js';
import { data, hashKey, partitionKey, sequenceNumber, streamTarget, type EncryptionType } from '../shapes.js';

export interface PutRecordInput {
  /** StreamName or StreamARN names the stream (one of the two; the service checks that here). */
  StreamName?: string;
  StreamARN?: string;
  /** At most 10,485,760 bytes (the stream's own limit applies: 1 MiB by default); a string is sent as its UTF-8 bytes. */
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
  EncryptionType?: EncryptionType;
}

export const PutRecord = /* @__PURE__ */ defineOperation<PutRecordInput, PutRecordOutput>({
  name: 'PutRecord',
  // Members, not a z.object: a browser bundle of PutRecord alone then holds no zod object
  // type (its 15 KB budget). So "StreamName or StreamARN" is left to the service here (it
  // answers ValidationException or InvalidArgumentException); each is checked when given.
  input: () => ({
    ...streamTarget(),
    Data: data(),
    PartitionKey: partitionKey(),
    ExplicitHashKey: z.optional(hashKey()),
    SequenceNumberForOrdering: z.optional(sequenceNumber()),
  }),
  inputShape: { Data: 'blob' },
  errors: [
    AccessDeniedException, InternalFailureException, InvalidArgumentException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException,
    ProvisionedThroughputExceededException, ResourceNotFoundException,
  ],
});
export const PutRecordCommand = /* @__PURE__ */ createCommand(PutRecord);
export type PutRecordCommand = InstanceType<typeof PutRecordCommand>;
