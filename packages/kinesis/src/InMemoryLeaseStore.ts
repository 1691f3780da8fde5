// A LeaseStore inside one process: for tests, scripts, and several consumers in one program.
// The same conditions as the DynamoDB store, checked on copies so no caller holds the stored object.
import type { Lease, LeaseStore } from './LeaseStore.js';

const copy = (l: Lease): Lease => ({ ...l, parentShardIds: [...l.parentShardIds], childShardIds: [...l.childShardIds] });

export class InMemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, Lease>();

  async ensureTable(): Promise<void> {}

  async listLeases(): Promise<Lease[]> {
    return [...this.leases.values()].map(copy);
  }

  async createLeaseIfNotExists(lease: Lease): Promise<boolean> {
    if (this.leases.has(lease.leaseKey)) return false;
    this.leases.set(lease.leaseKey, copy(lease));
    return true;
  }

  private write(lease: Lease, ok: (stored: Lease) => boolean, change: (stored: Lease) => void): Lease | undefined {
    const stored = this.leases.get(lease.leaseKey);
    if (!stored || !ok(stored)) return undefined;
    change(stored);
    stored.leaseCounter++;
    return copy(stored);
  }

  async renewLease(lease: Lease): Promise<Lease | undefined> {
    return this.write(lease, (s) => s.leaseCounter === lease.leaseCounter && s.leaseOwner === lease.leaseOwner, () => {});
  }

  async takeLease(lease: Lease, owner: string): Promise<Lease | undefined> {
    return this.write(lease, (s) => s.leaseCounter === lease.leaseCounter, (s) => {
      if (s.leaseOwner !== undefined && s.leaseOwner !== owner) s.ownerSwitchesSinceCheckpoint++;
      s.leaseOwner = owner;
    });
  }

  async evictLease(lease: Lease): Promise<Lease | undefined> {
    return this.write(lease, (s) => s.leaseOwner === lease.leaseOwner, (s) => {
      delete s.leaseOwner;
    });
  }

  async updateCheckpoint(lease: Lease, checkpoint: string, subSequenceNumber: number, childShardIds?: string[]): Promise<Lease | undefined> {
    return this.write(lease, (s) => s.leaseCounter === lease.leaseCounter && s.leaseOwner === lease.leaseOwner, (s) => {
      s.checkpoint = checkpoint;
      s.checkpointSubSequenceNumber = subSequenceNumber;
      s.ownerSwitchesSinceCheckpoint = 0;
      if (childShardIds?.length) s.childShardIds = [...childShardIds];
    });
  }

  async deleteLease(lease: Lease): Promise<void> {
    this.leases.delete(lease.leaseKey);
  }
}
