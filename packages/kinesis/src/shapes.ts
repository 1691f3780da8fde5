// Schemas and types shared by several operations. Constraints follow the Kinesis API
// Reference 2013-12-02 (../shared/seeds/003, "Request Parameters" of each action); where that
// document is silent, the rule is what the live service enforces (and kinesalite with it),
// named next to the schema. Schema builders are functions: called inside an operation's lazy
// `input`, so nothing is built at module load.
import * as z from 'zod/mini';
import { blob, int, maxUtf8Bytes, rule, str } from '@skiff/core';

/** Stream names and shard ids: length 1..128 (document). The pattern is not in the 2013
 * document; it is the live service's (`[a-zA-Z0-9_.-]+`), which kinesalite enforces too. */
export const NAME_PATTERN = /[a-zA-Z0-9_.-]+/;
/** Hash keys are decimal 128-bit unsigned integers (live service pattern `0|([1-9]\d{0,38})`). */
export const HASH_KEY_PATTERN = /0|([1-9]\d{0,38})/;
/** Sequence numbers are decimal integers (live service pattern `0|([1-9]\d{0,128})`). */
export const SEQUENCE_NUMBER_PATTERN = /0|([1-9]\d{0,128})/;
export const MAX_HASH_KEY = (1n << 128n) - 1n;

export const streamName = () => str({ min: 1, max: 128, pattern: NAME_PATTERN });
export const shardId = () => str({ min: 1, max: 128, pattern: NAME_PATTERN });
export const sequenceNumber = () => str({ pattern: SEQUENCE_NUMBER_PATTERN });
/** A hash key: the pattern, and within 0..2^128-1 ("MD5 … to 128-bit integer values"; the
 * service rejects a larger ExplicitHashKey with InvalidArgumentException). */
export const hashKey = () =>
  str({ pattern: HASH_KEY_PATTERN }).check(
    rule((s: string) => (/^\d+$/.test(s) && BigInt(s) > MAX_HASH_KEY ? 'must be at most 2^128-1 (340282366920938463463374607431768211455)' : undefined)),
  );
/** Length 1..256 characters and, by the prose ("a maximum length limit of 256 bytes"), at
 * most 256 UTF-8 bytes: both, as seed-decisions.md settles. */
export const partitionKey = () => str({ min: 1, max: 256 }).check(maxUtf8Bytes(256));
/** At most 51200 bytes after base64 decoding (the 2013 document's limit, seed-decisions.md).
 * A string is accepted and sent as its UTF-8 bytes. */
export const data = () => blob({ max: 51200 });
/** Page sizes: GetRecords documents "up to 10,000"; DescribeStream and ListStreams document
 * no range, and the live service takes 1..10,000 for both. */
export const limit = () => int({ min: 1, max: 10_000 });

export type ShardIteratorType = 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER' | 'TRIM_HORIZON' | 'LATEST';
export const SHARD_ITERATOR_TYPES = ['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER', 'TRIM_HORIZON', 'LATEST'] as const;

export type StreamStatus = 'CREATING' | 'DELETING' | 'ACTIVE' | 'UPDATING';

export interface HashKeyRange {
  StartingHashKey: string;
  EndingHashKey: string;
}

export interface SequenceNumberRange {
  StartingSequenceNumber: string;
  /** Absent while the shard is open. */
  EndingSequenceNumber?: string;
}

export interface Shard {
  ShardId: string;
  ParentShardId?: string;
  AdjacentParentShardId?: string;
  HashKeyRange: HashKeyRange;
  SequenceNumberRange: SequenceNumberRange;
}

export interface StreamDescription {
  StreamName: string;
  StreamARN: string;
  /** One of StreamStatus; a newer service's value passes through. */
  StreamStatus: StreamStatus | (string & {});
  Shards: Shard[];
  HasMoreShards: boolean;
}

/** A data record (named `_Record`, as in @aws-sdk/client-kinesis, to leave TypeScript's `Record` alone). */
export interface _Record {
  SequenceNumber: string;
  /** The data blob, decoded from base64. */
  Data: Uint8Array;
  PartitionKey: string;
  /** Not in the 2013 document; newer services (and kinesalite) send it. */
  ApproximateArrivalTimestamp?: Date;
}
