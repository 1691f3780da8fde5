// KPL aggregation: many user records in one Kinesis record (format: aggregatedRecordFormat.ts).
import { concatBytes, md5, utf8 } from '@skiff/core';
import { encodeAggregatedRecord, entrySize, fieldSize, KPL_MAGIC, type AggregatedRecordEntry } from './aggregatedRecordFormat.js';
import { hashKeyOf } from './shardForPartitionKey.js';

export interface AggregationInput {
  PartitionKey: string;
  ExplicitHashKey?: string;
  Data: Uint8Array | string;
}

export interface AggregatedRecord {
  PartitionKey: string;
  ExplicitHashKey: string;
  Data: Uint8Array;
}

/** The magic number and the MD5 around the protobuf message. */
export const AGGREGATION_OVERHEAD = 4 + 16;

/**
 * The size of an aggregated record as user records are added, without building it: the
 * protobuf message grows by a table entry per new key and a Record entry per user record.
 */
export class AggregateSize {
  private readonly keys = new Map<string, number>();
  private readonly hashKeys = new Map<string, number>();
  /** Bytes of the protobuf message so far. */
  private message = 0;
  /** The aggregate's own PartitionKey bytes (the first user record's), counted by PutRecords. */
  private key = 0;
  count = 0;

  /** Data plus PartitionKey bytes of the aggregated record as PutRecords counts them. */
  get bytes(): number {
    return this.count === 0 ? 0 : this.key + AGGREGATION_OVERHEAD + this.message;
  }

  /** What `bytes` would be with this record added. */
  bytesWith(r: { PartitionKey: string; ExplicitHashKey?: string; dataBytes: number }): number {
    return (this.count === 0 ? utf8(r.PartitionKey).byteLength : this.key) + AGGREGATION_OVERHEAD + this.message + this.growth(r);
  }

  add(r: { PartitionKey: string; ExplicitHashKey?: string; dataBytes: number }): void {
    const grow = this.growth(r);
    if (this.count === 0) this.key = utf8(r.PartitionKey).byteLength;
    if (!this.keys.has(r.PartitionKey)) this.keys.set(r.PartitionKey, this.keys.size);
    if (r.ExplicitHashKey !== undefined && !this.hashKeys.has(r.ExplicitHashKey)) this.hashKeys.set(r.ExplicitHashKey, this.hashKeys.size);
    this.message += grow;
    this.count++;
  }

  private growth(r: { PartitionKey: string; ExplicitHashKey?: string; dataBytes: number }): number {
    let n = 0;
    let pk = this.keys.get(r.PartitionKey);
    if (pk === undefined) {
      pk = this.keys.size;
      n += fieldSize(utf8(r.PartitionKey).byteLength);
    }
    let ehk: number | undefined;
    if (r.ExplicitHashKey !== undefined) {
      ehk = this.hashKeys.get(r.ExplicitHashKey);
      if (ehk === undefined) {
        ehk = this.hashKeys.size;
        n += fieldSize(r.ExplicitHashKey.length); // decimal digits: ASCII
      }
    }
    return n + entrySize(pk, ehk, r.dataBytes);
  }
}

/**
 * Packs user records into one KPL aggregated record. Its PartitionKey is the first user
 * record's, and its ExplicitHashKey the first user record's hash key (its ExplicitHashKey, or
 * the MD5 of its partition key as a decimal), as the KPL sets it: the aggregate lands on the
 * shard of its first user record. Put together only records bound for the same shard (the
 * KCL drops sub-records whose hash key lies outside the shard it reads them from).
 */
export async function aggregate(records: readonly AggregationInput[]): Promise<AggregatedRecord> {
  const first = records[0];
  if (!first) throw new RangeError('aggregate() needs at least one record');
  const keys = new Map<string, number>();
  const hashKeys = new Map<string, number>();
  const entries: AggregatedRecordEntry[] = records.map((r) => {
    let partitionKeyIndex = keys.get(r.PartitionKey);
    if (partitionKeyIndex === undefined) keys.set(r.PartitionKey, (partitionKeyIndex = keys.size));
    const entry: AggregatedRecordEntry = { partitionKeyIndex, data: typeof r.Data === 'string' ? utf8(r.Data) : r.Data };
    if (r.ExplicitHashKey !== undefined) {
      let i = hashKeys.get(r.ExplicitHashKey);
      if (i === undefined) hashKeys.set(r.ExplicitHashKey, (i = hashKeys.size));
      entry.explicitHashKeyIndex = i;
    }
    return entry;
  });
  const message = encodeAggregatedRecord({ partitionKeyTable: [...keys.keys()], explicitHashKeyTable: [...hashKeys.keys()], records: entries });
  return {
    PartitionKey: first.PartitionKey,
    ExplicitHashKey: first.ExplicitHashKey ?? (await hashKeyOf(first.PartitionKey)).toString(),
    Data: concatBytes([KPL_MAGIC, message, await md5(message)]),
  };
}
