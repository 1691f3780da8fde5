// PutRecords: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Writes up to 500 records in one request. A request can succeed while some records fail: each
// failed entry carries ErrorCode (ProvisionedThroughputExceededException or InternalFailure) and
// FailedRecordCount counts them, so a caller retries those entries only (KinesisProducer does).
import * as z from 'zod/mini';
import { createCommand, defineOperation, list, struct } from '@skiff/core';
import { AccessDeniedException, InternalFailureException, InvalidArgumentException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException, ProvisionedThroughputExceededException, ResourceNotFoundException } from '../errors.js';
import { data, hashKey, listLength, onStream, partitionKey, type EncryptionType } from '../shapes.js';

export interface PutRecordsRequestEntry {
  /** At most 10,485,760 bytes; a string is sent as its UTF-8 bytes. */
  Data: Uint8Array | string;
  ExplicitHashKey?: string;
  PartitionKey: string;
}
/** A stored record (SequenceNumber, ShardId) or a failed one (ErrorCode, ErrorMessage). */
export interface PutRecordsResultEntry {
  SequenceNumber?: string;
  ShardId?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}
export interface PutRecordsInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** 1..500 records; the request's Data and PartitionKeys total at most 10 MiB (enforced by the service). */
  Records: PutRecordsRequestEntry[];
}
export interface PutRecordsOutput {
  /** Absent or 0 when every record was stored. */
  FailedRecordCount?: number;
  /** One entry per request record, in request order. */
  Records: PutRecordsResultEntry[];
  EncryptionType?: EncryptionType;
}

export const PutRecords = /* @__PURE__ */ defineOperation<PutRecordsInput, PutRecordsOutput>({
  name: 'PutRecords',
  input: () => onStream({ Records: z.array(z.object({ Data: data(), ExplicitHashKey: z.optional(hashKey()), PartitionKey: partitionKey() })).check(listLength(1, 500)) }),
  inputShape: { Records: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Data: 'blob' })) },
  errors: [AccessDeniedException, InternalFailureException, InvalidArgumentException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException, ProvisionedThroughputExceededException, ResourceNotFoundException],
});
export const PutRecordsCommand = /* @__PURE__ */ createCommand(PutRecords);
export type PutRecordsCommand = InstanceType<typeof PutRecordsCommand>;
