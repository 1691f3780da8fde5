// The AWS SDK v3's enum objects for the members this package has (`ShardIteratorType.LATEST`),
// so code written for v3 compiles unchanged. Keys and values are v3's; each holds the values
// the member's type allows. Plain objects: a bundle that does not use one drops it.
import type {
  EncryptionType as EncryptionTypes, MetricsName as MetricsNames, ShardIteratorType as ShardIteratorTypes, StreamMode as StreamModes,
  StreamStatus as StreamStatuses,
} from './shapes.js';
import type { ShardFilterType as ShardFilterTypes } from './operations/listShards.js';
import type { UpdateShardCountInput } from './operations/updateShardCount.js';

export const ShardIteratorType = {
  AFTER_SEQUENCE_NUMBER: 'AFTER_SEQUENCE_NUMBER',
  AT_SEQUENCE_NUMBER: 'AT_SEQUENCE_NUMBER',
  AT_TIMESTAMP: 'AT_TIMESTAMP',
  LATEST: 'LATEST',
  TRIM_HORIZON: 'TRIM_HORIZON',
} as const satisfies Record<string, ShardIteratorTypes>;
export type ShardIteratorType = ShardIteratorTypes;

export const StreamStatus = {
  ACTIVE: 'ACTIVE',
  CREATING: 'CREATING',
  DELETING: 'DELETING',
  UPDATING: 'UPDATING',
} as const satisfies Record<string, StreamStatuses>;
export type StreamStatus = StreamStatuses;

export const ConsumerStatus = {
  ACTIVE: 'ACTIVE',
  CREATING: 'CREATING',
  DELETING: 'DELETING',
} as const;
export type ConsumerStatus = (typeof ConsumerStatus)[keyof typeof ConsumerStatus];

export const EncryptionType = {
  KMS: 'KMS',
  NONE: 'NONE',
} as const satisfies Record<string, EncryptionTypes>;
export type EncryptionType = EncryptionTypes;

export const MetricsName = {
  ALL: 'ALL',
  INCOMING_BYTES: 'IncomingBytes',
  INCOMING_RECORDS: 'IncomingRecords',
  ITERATOR_AGE_MILLISECONDS: 'IteratorAgeMilliseconds',
  OUTGOING_BYTES: 'OutgoingBytes',
  OUTGOING_RECORDS: 'OutgoingRecords',
  READ_PROVISIONED_THROUGHPUT_EXCEEDED: 'ReadProvisionedThroughputExceeded',
  WRITE_PROVISIONED_THROUGHPUT_EXCEEDED: 'WriteProvisionedThroughputExceeded',
} as const satisfies Record<string, MetricsNames>;
export type MetricsName = MetricsNames;

export const ShardFilterType = {
  AFTER_SHARD_ID: 'AFTER_SHARD_ID',
  AT_LATEST: 'AT_LATEST',
  AT_TIMESTAMP: 'AT_TIMESTAMP',
  AT_TRIM_HORIZON: 'AT_TRIM_HORIZON',
  FROM_TIMESTAMP: 'FROM_TIMESTAMP',
  FROM_TRIM_HORIZON: 'FROM_TRIM_HORIZON',
} as const satisfies Record<string, ShardFilterTypes>;
export type ShardFilterType = ShardFilterTypes;

export const StreamMode = {
  ON_DEMAND: 'ON_DEMAND',
  PROVISIONED: 'PROVISIONED',
} as const satisfies Record<string, StreamModes>;
export type StreamMode = StreamModes;

/** UpdateShardCount's ScalingType: UNIFORM_SCALING is the only one. */
export const ScalingType = {
  UNIFORM_SCALING: 'UNIFORM_SCALING',
} as const satisfies Record<string, UpdateShardCountInput['ScalingType']>;
export type ScalingType = UpdateShardCountInput['ScalingType'];
