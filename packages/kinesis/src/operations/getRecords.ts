// GetRecords: ../shared/seeds/003 "GetRecords".
import * as z from 'zod/mini';
import { createCommand, defineOperation, list, str, struct } from '@skiff/core';
import {
  AccessDeniedException, InternalFailureException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException,
  ExpiredIteratorException, InvalidArgumentException, ProvisionedThroughputExceededException, ResourceNotFoundException,
} from '../errors.js';
import { limit, streamArn, type _Record, type HashKeyRange } from '../shapes.js';

export interface ChildShard {
  ShardId: string;
  ParentShards: string[];
  HashKeyRange: HashKeyRange;
}

export interface GetRecordsInput {
  /** From GetShardIterator, or the NextShardIterator of the previous GetRecords. */
  ShardIterator: string;
  /** At most 10,000 records. */
  Limit?: number;
  /** The stream's ARN (today's API reference); optional, the iterator names the stream. */
  StreamARN?: string;
}
export interface GetRecordsOutput {
  Records?: _Record[];
  /** Absent (null on the wire) once a closed shard has been read to its end. */
  NextShardIterator?: string;
  /** Not in the 2013 document; newer services (and kinesalite) send it. */
  MillisBehindLatest?: number;
  /** Today's API: the children of a shard read to its end. */
  ChildShards?: ChildShard[];
}

export const GetRecords = /* @__PURE__ */ defineOperation<GetRecordsInput, GetRecordsOutput>({
  name: 'GetRecords',
  input: () => ({
    ShardIterator: str({ min: 1, max: 512 }),
    Limit: z.optional(limit()),
    StreamARN: z.optional(streamArn()),
  }),
  output: { Records: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Data: 'blob', ApproximateArrivalTimestamp: 'timestamp' })) },
  errors: [
    AccessDeniedException, ExpiredIteratorException, InternalFailureException, InvalidArgumentException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException,
    ProvisionedThroughputExceededException, ResourceNotFoundException,
  ],
});
export const GetRecordsCommand = /* @__PURE__ */ createCommand(GetRecords);
export type GetRecordsCommand = InstanceType<typeof GetRecordsCommand>;
