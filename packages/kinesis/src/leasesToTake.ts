// Which leases a worker takes on one pass, the way the KCL's lease taker decides: expiry
// comes from a lease counter standing still for the failover time as this worker saw it
// (no clocks are compared across machines); the target is an even share of the unfinished
// leases among the workers holding live ones; expired leases are taken first, and only when
// none are left does a worker steal from the most loaded one, a few at a time.
import { SHARD_END, type Lease } from './LeaseStore.js';

/** When this worker last saw a lease's counter change. */
export interface Sighting {
  counter: number;
  at: number;
}

export interface TakeOptions {
  me: string;
  now: number;
  failoverTimeMs: number;
  /** Leases this worker holds now (by key). */
  held: ReadonlySet<string>;
  maxLeasesForWorker?: number;
  maxLeasesToStealAtOneTime?: number;
  random?: () => number;
}

/** Updates `seen` from a fresh listing: a new counter value restarts its lease's clock. An
 * owned lease seen for the first time counts as renewed now; an unowned one as expired. */
export function updateSightings(seen: Map<string, Sighting>, leases: Lease[], now: number): void {
  const keys = new Set<string>();
  for (const l of leases) {
    keys.add(l.leaseKey);
    const s = seen.get(l.leaseKey);
    if (!s || s.counter !== l.leaseCounter) seen.set(l.leaseKey, { counter: l.leaseCounter, at: l.leaseOwner === undefined ? -Infinity : now });
  }
  for (const k of seen.keys()) if (!keys.has(k)) seen.delete(k);
}

export function isExpired(lease: Lease, seen: Map<string, Sighting>, now: number, failoverTimeMs: number): boolean {
  if (lease.leaseOwner === undefined) return true;
  const s = seen.get(lease.leaseKey);
  return !s || s.counter !== lease.leaseCounter || now - s.at > failoverTimeMs;
}

function shuffle<T>(a: T[], random: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The leases to try to take now (expired ones, or ones to steal). */
export function leasesToTake(leases: Lease[], seen: Map<string, Sighting>, o: TakeOptions): Lease[] {
  const random = o.random ?? Math.random;
  const open = leases.filter((l) => l.checkpoint !== SHARD_END);
  const expired: Lease[] = [];
  const counts = new Map<string, number>([[o.me, 0]]);
  for (const l of open) {
    if (o.held.has(l.leaseKey)) {
      counts.set(o.me, counts.get(o.me)! + 1);
    } else if (isExpired(l, seen, o.now, o.failoverTimeMs)) {
      expired.push(l);
    } else {
      counts.set(l.leaseOwner!, (counts.get(l.leaseOwner!) ?? 0) + 1);
    }
  }
  let target = Math.ceil(open.length / counts.size);
  if (o.maxLeasesForWorker !== undefined) target = Math.min(target, o.maxLeasesForWorker);
  const needed = target - counts.get(o.me)!;
  if (needed <= 0) return [];
  if (expired.length) return shuffle(expired, random).slice(0, needed);
  // Nothing expired: steal from the most loaded worker, if it holds more than its share.
  let busiest: string | undefined;
  let most = 0;
  for (const [owner, n] of counts) if (owner !== o.me && n > most) [busiest, most] = [owner, n];
  if (busiest === undefined || most <= target) return [];
  const n = Math.min(needed, most - target, o.maxLeasesToStealAtOneTime ?? 1);
  return shuffle(open.filter((l) => l.leaseOwner === busiest && !o.held.has(l.leaseKey)), random).slice(0, n);
}
