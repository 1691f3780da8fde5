// What a KinesisProducer takes and gives back per record, and the checks a record gets when it
// is submitted.
import { ParamValidationError, utf8Length, type ValidationIssue } from '@skiff/core';
import { HASH_KEY_PATTERN, MAX_DATA_BYTES, MAX_HASH_KEY } from './shapes.js';

export interface ProducerRecord {
  PartitionKey: string;
  Data: Uint8Array | string;
  ExplicitHashKey?: string;
}

export interface ProducerResult {
  ShardId: string;
  SequenceNumber: string;
  /** Tries it took (1 when the first PutRecords stored it). */
  attempts: number;
  /** With `aggregate`: its index in the aggregated record stored under SequenceNumber (0 for a record sent alone). */
  SubSequenceNumber?: number;
}

/** A record that failed every try, or failed with an error not worth retrying. */
export class ProducerRecordError extends Error {
  override name = 'ProducerRecordError';
  constructor(
    readonly code: string,
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`, options);
  }
}

const HASH_KEY = new RegExp(`^(?:${HASH_KEY_PATTERN.source})$`);

/** PutRecords' constraints on one record, checked as it is submitted: one bad record would
 * otherwise fail the whole request it shares with others. Returns its request bytes. */
export function checkRecord(r: ProducerRecord): number {
  const issues: ValidationIssue[] = [];
  const key = typeof r.PartitionKey === 'string' ? utf8Length(r.PartitionKey) : -1;
  if (key < 0) issues.push({ path: 'PartitionKey', message: 'is required' });
  else if (r.PartitionKey.length < 1 || r.PartitionKey.length > 256 || key > 256) issues.push({ path: 'PartitionKey', message: 'must be 1..256 characters and at most 256 bytes in UTF-8' });
  const data = typeof r.Data === 'string' ? utf8Length(r.Data) : r.Data instanceof Uint8Array ? r.Data.byteLength : -1;
  if (data < 0) issues.push({ path: 'Data', message: 'must be bytes (a Uint8Array) or a string' });
  else if (data > MAX_DATA_BYTES) issues.push({ path: 'Data', message: `size must be at most ${MAX_DATA_BYTES} bytes` });
  if (r.ExplicitHashKey !== undefined && (!HASH_KEY.test(r.ExplicitHashKey) || BigInt(r.ExplicitHashKey) > MAX_HASH_KEY)) {
    issues.push({ path: 'ExplicitHashKey', message: 'must be a decimal hash key in 0..2^128-1' });
  }
  if (issues.length) throw new ParamValidationError(issues, 'KinesisProducer.put');
  return data + key;
}
