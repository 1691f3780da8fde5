// The AWS SDK v3's enum objects for the members this package has (`ShardIteratorType.LATEST`),
// so code written for v3 compiles unchanged. Keys and values are v3's; each holds the values
// the member's type allows. Plain objects: a bundle that does not use one drops it.
import type { ShardIteratorType as ShardIteratorTypes, StreamStatus as StreamStatuses } from './shapes.js';

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
