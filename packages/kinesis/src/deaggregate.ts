// KPL de-aggregation, as the KCL does it: a record that starts with the magic number and ends
// with the MD5 of what lies between, which reads as an AggregatedRecord, is its user records;
// any other record (no magic, an MD5 that does not match, a message that does not parse or
// names a key its tables lack) is one user record, itself. Format: aggregatedRecordFormat.ts.
import { md5, utf8 } from '@skiff/core';
import { decodeAggregatedRecord, KPL_MAGIC } from './aggregatedRecordFormat.js';

export interface DeaggregationInput {
  PartitionKey: string;
  ExplicitHashKey?: string;
  Data: Uint8Array | string;
}

/** A user record: the record's other fields (SequenceNumber, …) with a sub-record's own key,
 * hash key and data, and its index in the aggregate. */
export type UserRecord<R extends DeaggregationInput> = Omit<R, 'Data' | 'ExplicitHashKey'> & {
  PartitionKey: string;
  ExplicitHashKey?: string;
  Data: Uint8Array;
  /** Its index in the aggregated record (the KCL's subSequenceNumber); 0 for a record that is not one. */
  SubSequenceNumber: number;
  /** Whether it came out of an aggregated record. */
  Aggregated: boolean;
};

const MD5_BYTES = 16;

/** Whether the record starts with the KPL's magic number (it may still not be an aggregate). */
export function hasAggregationMagic(data: Uint8Array): boolean {
  if (data.byteLength < KPL_MAGIC.byteLength + MD5_BYTES) return false;
  for (let i = 0; i < KPL_MAGIC.byteLength; i++) if (data[i] !== KPL_MAGIC[i]) return false;
  return true;
}

/** The user records of a record: its sub-records when it is a KPL aggregated record, else itself. */
export async function deaggregate<R extends DeaggregationInput>(record: R): Promise<Array<UserRecord<R>>> {
  const data = typeof record.Data === 'string' ? utf8(record.Data) : record.Data;
  const asIs = (): Array<UserRecord<R>> => [{ ...record, Data: data, SubSequenceNumber: 0, Aggregated: false }];
  if (!hasAggregationMagic(data)) return asIs();
  const message = data.subarray(KPL_MAGIC.byteLength, data.byteLength - MD5_BYTES);
  const sum = await md5(message);
  const expected = data.subarray(data.byteLength - MD5_BYTES);
  for (let i = 0; i < MD5_BYTES; i++) if (sum[i] !== expected[i]) return asIs();
  const m = decodeAggregatedRecord(message);
  if (!m) return asIs();
  const out: Array<UserRecord<R>> = [];
  for (let i = 0; i < m.records.length; i++) {
    const r = m.records[i]!;
    const PartitionKey = m.partitionKeyTable[r.partitionKeyIndex];
    const ExplicitHashKey = r.explicitHashKeyIndex === undefined ? undefined : m.explicitHashKeyTable[r.explicitHashKeyIndex];
    if (PartitionKey === undefined || (r.explicitHashKeyIndex !== undefined && ExplicitHashKey === undefined)) return asIs();
    const { ExplicitHashKey: _outer, ...rest } = record;
    const user = { ...rest, PartitionKey, Data: r.data, SubSequenceNumber: i, Aggregated: true } as UserRecord<R>;
    if (ExplicitHashKey !== undefined) user.ExplicitHashKey = ExplicitHashKey;
    out.push(user);
  }
  return out;
}
