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
/** At most 10,485,760 bytes (10 MiB) after base64 decoding: today's API reference, the most
 * any stream accepts since UpdateMaxRecordSize (seed-decisions.md); the service enforces a
 * stream's own limit (1 MiB by default). A string is accepted and sent as its UTF-8 bytes. */
export const MAX_DATA_BYTES = 10_485_760;
export const data = () => blob({ max: MAX_DATA_BYTES });
/** Page sizes: GetRecords documents "up to 10,000"; DescribeStream and ListStreams document
 * no range, and the live service takes 1..10,000 for both. */
export const limit = () => int({ min: 1, max: 10_000 });

export type ShardIteratorType = 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER' | 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
export const SHARD_ITERATOR_TYPES = ['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER', 'TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] as const;

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

// Today's API reference (the live 2013-12-02 API, seed-decisions.md): ARNs, tokens, tags,
// stream modes, encryption and metrics.
/** StreamARN: 1..2048, `arn:aws.*:kinesis:.*:\d{12}:stream/\S+`. */
export const STREAM_ARN_PATTERN = /arn:aws.*:kinesis:.*:\d{12}:stream\/\S+/;
/** ResourceARN (a stream or a consumer): `arn:aws.*:kinesis:.*:\d{12}:.*stream/\S+`. */
export const RESOURCE_ARN_PATTERN = /arn:aws.*:kinesis:.*:\d{12}:.*stream\/\S+/;
export const CONSUMER_ARN_PATTERN = /^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+/;
export const streamArn = () => str({ min: 1, max: 2048, pattern: STREAM_ARN_PATTERN });
export const resourceArn = () => str({ min: 1, max: 2048, pattern: RESOURCE_ARN_PATTERN });
export const consumerArn = () => str({ min: 1, max: 2048, pattern: CONSUMER_ARN_PATTERN });
export const consumerName = () => str({ min: 1, max: 128, pattern: NAME_PATTERN });
export const nextToken = () => str({ min: 1, max: 1_048_576 });
export const maxResults = () => int({ min: 1, max: 10_000 });
/** A Date (sent as epoch seconds). */
export const timestamp = () => z.date();
export const tagKey = () => str({ min: 1, max: 128 });
/** TagMap: 1..200 entries, keys 1..128, values 0..256. */
export const tagMap = () =>
  z.record(tagKey(), str({ max: 256 })).check(
    rule((m: Record<string, string>) => {
      const n = Object.keys(m).length;
      return n < 1 ? 'must have at least 1 entry' : n > 200 ? 'must have at most 200 entries' : undefined;
    }),
  );
/** TagKeyList: 1..50 keys. */
export const tagKeyList = () => z.array(tagKey()).check(listLength(1, 50));
export function listLength(min: number, max: number) {
  return rule((l: unknown[]) => (l.length < min ? `must have at least ${min} items` : l.length > max ? `must have at most ${max} items` : undefined));
}
export const keyId = () => str({ min: 1, max: 2048 });
export const ENCRYPTION_TYPES = ['NONE', 'KMS'] as const;
export type EncryptionType = (typeof ENCRYPTION_TYPES)[number];
export const STREAM_MODES = ['PROVISIONED', 'ON_DEMAND'] as const;
export type StreamMode = (typeof STREAM_MODES)[number];
export interface StreamModeDetails {
  StreamMode: StreamMode;
}
export const streamModeDetails = () => z.object({ StreamMode: z.enum(STREAM_MODES) });
export const METRICS = [
  'IncomingBytes', 'IncomingRecords', 'OutgoingBytes', 'OutgoingRecords', 'WriteProvisionedThroughputExceeded',
  'ReadProvisionedThroughputExceeded', 'IteratorAgeMilliseconds', 'ALL',
] as const;
export type MetricsName = (typeof METRICS)[number];
/** MetricsNameList: 1..7 names. */
export const metricsList = () => z.array(z.enum(METRICS)).check(listLength(1, 7));
export interface Tag {
  Key: string;
  Value?: string;
}
export interface EnhancedMetrics {
  ShardLevelMetrics?: MetricsName[];
}

/**
 * The stream an operation acts on: StreamName or StreamARN ("Specify either the StreamName or
 * the StreamARN", today's reference). Neither is required alone; one of the two is.
 */
export const streamTarget = () => ({ StreamName: z.optional(streamName()), StreamARN: z.optional(streamArn()) });
export const needsStream = () =>
  z.refine<{ StreamName?: unknown; StreamARN?: unknown }>((i) => i.StreamName !== undefined || i.StreamARN !== undefined, {
    path: ['StreamName'],
    message: 'is required (or StreamARN)',
  });
/** An input of `members` that names its stream by StreamName or StreamARN. */
export const onStream = <M extends Record<string, z.ZodMiniType>>(members: M) => z.object({ ...streamTarget(), ...members }).check(needsStream());
