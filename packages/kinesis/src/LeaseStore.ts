// The lease a KinesisConsumer holds per shard, with the members of a KCL 2.x lease item
// (https://docs.aws.amazon.com/streams/latest/dev/kcl-dynamoDB.html): a Skiff worker and a
// Java KCL worker can share one application's lease table. A LeaseStore does the
// conditional writes the KCL's lease refresher does; the consumer decides what to take.

/** The checkpoint of a shard read to its end: its children may start. */
export const SHARD_END = 'SHARD_END';
export const TRIM_HORIZON = 'TRIM_HORIZON';
export const LATEST = 'LATEST';

export interface Lease {
  /** The shard id (the table's hash key). */
  leaseKey: string;
  /** The worker holding the lease; absent while nobody does. */
  leaseOwner?: string;
  /** Bumped by every write: a worker that sees it stand still for the failover time takes
   * the lease to have expired, and every write is conditional on the value last read. */
  leaseCounter: number;
  /** A sequence number, or TRIM_HORIZON, LATEST or SHARD_END. */
  checkpoint: string;
  checkpointSubSequenceNumber: number;
  /** Owner changes since the last checkpoint. */
  ownerSwitchesSinceCheckpoint: number;
  /** The shard's parents (one after a split, two after a merge); `parentShardId` in the table. */
  parentShardIds: string[];
  /** Written when the shard is read to its end. */
  childShardIds: string[];
  /** The shard's hash key range (`startingHashKey`, `endingHashKey`). */
  startingHashKey?: string;
  endingHashKey?: string;
}

/**
 * Where leases live. Each write is conditional, as the KCL's are: it returns the lease as
 * written, or undefined when the condition failed (someone else wrote first).
 */
export interface LeaseStore {
  /** Creates the table if it is missing and waits until it is usable. */
  ensureTable(): Promise<void>;
  /** Every lease (strongly consistent where the store has a choice). */
  listLeases(): Promise<Lease[]>;
  /** Writes a lease unless one with its key exists; true when written. */
  createLeaseIfNotExists(lease: Lease): Promise<boolean>;
  /** leaseCounter + 1, if counter and owner are still the ones given. */
  renewLease(lease: Lease): Promise<Lease | undefined>;
  /** Owner := `owner`, counter + 1, owner switches + 1 when the owner changes; if the counter is still the one given. */
  takeLease(lease: Lease, owner: string): Promise<Lease | undefined>;
  /** Removes the owner, counter + 1; if the owner is still the one given. */
  evictLease(lease: Lease): Promise<Lease | undefined>;
  /** Checkpoint (and child shards at SHARD_END), owner switches := 0, counter + 1; if counter and owner still match. */
  updateCheckpoint(lease: Lease, checkpoint: string, subSequenceNumber: number, childShardIds?: string[]): Promise<Lease | undefined>;
  /** Deletes a lease (the KCL deletes a finished shard's lease once its children are under way). */
  deleteLease(lease: Lease): Promise<void>;
}
