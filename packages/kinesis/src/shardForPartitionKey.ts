// Partition-key routing, as the PutRecord section describes it: "an MD5 hash function is used
// to map partition keys to 128-bit integer values and to map associated data records to shards
// using the hash key ranges of the shards"; an ExplicitHashKey overrides the hash.
import { md5, toHex } from '@skiff/core';
import type { Shard } from './shapes.js';

const HASH_KEY = /^(0|[1-9]\d{0,38})$/;
const MAX_HASH_KEY = (1n << 128n) - 1n;

/** The 128-bit hash key of a partition key: MD5 of its UTF-8 bytes, as an unsigned integer. */
export async function hashKeyOf(partitionKey: string): Promise<bigint> {
  return BigInt(`0x${toHex(await md5(partitionKey))}`);
}

/** Parses a decimal hash key (ExplicitHashKey, StartingHashKey, …); throws on anything else. */
export function parseHashKey(value: string): bigint {
  const n = HASH_KEY.test(value) ? BigInt(value) : -1n;
  if (n < 0n || n > MAX_HASH_KEY) throw new RangeError(`Not a hash key (a decimal integer in 0..2^128-1): ${value.slice(0, 50)}`);
  return n;
}

/** Open shards have no EndingSequenceNumber; only they take new records. */
export function isOpenShard(shard: Shard): boolean {
  return !shard.SequenceNumberRange?.EndingSequenceNumber;
}

/** The open shard whose HashKeyRange holds `hashKey` (inclusive at both ends). */
export function shardForHashKey<S extends Shard>(shards: readonly S[], hashKey: bigint): S | undefined {
  for (const s of shards) {
    if (!isOpenShard(s)) continue;
    const r = s.HashKeyRange;
    if (BigInt(r.StartingHashKey) <= hashKey && hashKey <= BigInt(r.EndingHashKey)) return s;
  }
  return undefined;
}

/**
 * The open shard a record with this partition key (or this ExplicitHashKey, which wins) goes
 * to, given the stream's shards (e.g. DescribeStream's `Shards`, all pages).
 */
export async function shardForPartitionKey<S extends Shard>(shards: readonly S[], partitionKey: string, explicitHashKey?: string): Promise<S | undefined> {
  const key = explicitHashKey !== undefined ? parseHashKey(explicitHashKey) : await hashKeyOf(partitionKey);
  return shardForHashKey(shards, key);
}
