// KinesisConsumer over the in-memory lease store and the fake Kinesis (fakeKinesis.ts):
// lease taking and balance, parents before children, checkpoint after the handler, release
// on stop, failover when a worker stops renewing, metrics.
import { describe, expect, it } from 'vitest';
import { aggregate as aggregateRecords, InMemoryLeaseStore, KinesisConsumer, leasesToTake, SHARD_END, updateSightings, type Lease, type LeaseStore, type Sighting } from '../src/index.js';
import { FakeKinesis } from './fakeKinesis.js';

const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const FAST = { failoverTimeMs: 400, renewIntervalMs: 100, takeIntervalMs: 100, shardSyncIntervalMs: 200, idleDelayMs: 20 };

const lease = (key: string, owner: string | undefined, counter = 1, extra: Partial<Lease> = {}): Lease => ({
  leaseKey: key, leaseOwner: owner, leaseCounter: counter, checkpoint: 'TRIM_HORIZON', checkpointSubSequenceNumber: 0,
  ownerSwitchesSinceCheckpoint: 0, parentShardIds: [], childShardIds: [], ...extra,
});

async function until(cond: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('leasesToTake', () => {
  const seenAt = (leases: Lease[], now: number) => {
    const seen = new Map<string, Sighting>();
    updateSightings(seen, leases, now);
    return seen;
  };

  it('takes unowned leases up to an even share, never finished ones', () => {
    const leases = [lease('a', undefined), lease('b', undefined), lease('c', 'w2'), lease('d', 'w2'), lease('e', undefined, 1, { checkpoint: SHARD_END })];
    const seen = seenAt(leases, 0);
    const got = leasesToTake(leases, seen, { me: 'w1', now: 0, failoverTimeMs: 1000, held: new Set() });
    expect(got.map((l) => l.leaseKey).sort()).toEqual(['a', 'b']);
  });

  it('a lease expires when its counter stands still for the failover time, as this worker saw it', () => {
    const leases = [lease('a', 'w2', 5), lease('b', 'w2', 7)];
    const seen = seenAt(leases, 0);
    // No stealing here, to see expiry alone.
    const o = { me: 'w1', failoverTimeMs: 1000, held: new Set<string>(), maxLeasesToStealAtOneTime: 0 };
    expect(leasesToTake(leases, seen, { ...o, now: 500 })).toEqual([]);
    // b renewed (counter 8) at 900; a did not.
    const later = [lease('a', 'w2', 5), lease('b', 'w2', 8)];
    updateSightings(seen, later, 900);
    expect(leasesToTake(later, seen, { ...o, now: 1500 }).map((l) => l.leaseKey)).toEqual(['a']);
  });

  it('steals from the most loaded worker only when nothing is expired, a few at a time', () => {
    const leases = ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => lease(k, 'w2'));
    const seen = seenAt(leases, 0);
    const o = { me: 'w1', now: 10, failoverTimeMs: 1000, held: new Set<string>() };
    expect(leasesToTake(leases, seen, o)).toHaveLength(1);
    expect(leasesToTake(leases, seen, { ...o, maxLeasesToStealAtOneTime: 5 })).toHaveLength(3);
    // Balanced (3 and 3): nothing to steal.
    const balanced = leases.map((l, i) => (i < 3 ? { ...l, leaseOwner: 'w1' } : l));
    expect(leasesToTake(balanced, seenAt(balanced, 0), { ...o, held: new Set(['a', 'b', 'c']) })).toEqual([]);
  });
});

describe('InMemoryLeaseStore', () => {
  it('writes only on the counter and owner last read', async () => {
    const store = new InMemoryLeaseStore();
    expect(await store.createLeaseIfNotExists(lease('s', undefined, 0))).toBe(true);
    expect(await store.createLeaseIfNotExists(lease('s', undefined, 0))).toBe(false);
    const [l] = await store.listLeases();
    const a = await store.takeLease(l!, 'w1');
    expect(a).toMatchObject({ leaseOwner: 'w1', leaseCounter: 1, ownerSwitchesSinceCheckpoint: 0 });
    expect(await store.takeLease(l!, 'w2')).toBeUndefined(); // stale counter
    const b = await store.takeLease(a!, 'w2');
    expect(b).toMatchObject({ leaseOwner: 'w2', leaseCounter: 2, ownerSwitchesSinceCheckpoint: 1 });
    expect(await store.renewLease(a!)).toBeUndefined();
    expect(await store.updateCheckpoint(a!, '123', 0)).toBeUndefined();
    const c = await store.updateCheckpoint(b!, '123', 0);
    expect(c).toMatchObject({ checkpoint: '123', ownerSwitchesSinceCheckpoint: 0, leaseCounter: 3 });
    const d = await store.evictLease(c!);
    expect(d?.leaseOwner).toBeUndefined();
  });
});

function stream(shards = 4, perShard = 30) {
  const k = new FakeKinesis();
  const seqs: string[] = [];
  for (let i = 0; i < shards; i++) {
    const id = `shardId-00000000000${i}`;
    k.addShard(id);
    for (let j = 0; j < perShard; j++) seqs.push(k.put(id, `k${i}`, `${i}-${j}`));
  }
  return { k, seqs };
}

function worker(k: FakeKinesis, store: LeaseStore, workerId: string, seen: Map<string, string[]>, extra: Partial<ConstructorParameters<typeof KinesisConsumer>[1]> = {}) {
  return new KinesisConsumer(k.client(), {
    StreamName: 's', leaseStore: store, workerId, limit: 7, ...FAST,
    handler: (records, ctx) => {
      for (const r of records) seen.set(r.SequenceNumber, [...(seen.get(r.SequenceNumber) ?? []), ctx.workerId]);
    },
    ...extra,
  });
}

describe('KinesisConsumer', () => {
  it('one worker handles every record once and checkpoints each shard', async () => {
    const { k, seqs } = stream(3, 25);
    const store = new InMemoryLeaseStore();
    const seen = new Map<string, string[]>();
    const w = worker(k, store, 'w1', seen);
    const run = w.start();
    await until(() => seen.size === seqs.length);
    await until(async () => (await store.listLeases()).every((l) => l.checkpoint === k.shards.find((s) => s.id === l.leaseKey)!.records.at(-1)!.SequenceNumber));
    const m = w.metrics();
    expect(m.leasesHeld).toBe(3);
    expect(m.recordsHandled).toBe(75);
    expect(m.shards['shardId-000000000000']).toMatchObject({ records: 25, millisBehindLatest: 0 });
    await w.stop();
    await run;
    expect([...seen.values()].every((v) => v.length === 1)).toBe(true);
    // Released on stop: no owner left.
    expect((await store.listLeases()).map((l) => l.leaseOwner)).toEqual([undefined, undefined, undefined]);
  });

  it('reads a parent to SHARD_END before its children, and records the children', async () => {
    const k = new FakeKinesis();
    k.addShard('shardId-000000000000', { closed: true });
    k.addShard('shardId-000000000001', { parent: 'shardId-000000000000' });
    k.addShard('shardId-000000000002', { parent: 'shardId-000000000000' });
    const order: string[] = [];
    for (let j = 0; j < 20; j++) k.put('shardId-000000000000', 'p', `p${j}`);
    for (let j = 0; j < 5; j++) k.put('shardId-000000000001', 'c', `c1-${j}`), k.put('shardId-000000000002', 'c', `c2-${j}`);
    const store = new InMemoryLeaseStore();
    const w = new KinesisConsumer(k.client(), { StreamName: 's', leaseStore: store, workerId: 'w', limit: 3, ...FAST, handler: (rs) => void order.push(...rs.map((r) => dec(r.Data))) });
    const run = w.start();
    await until(() => order.length === 30);
    expect(order.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, j) => `p${j}`));
    const parent = (await store.listLeases()).find((l) => l.leaseKey === 'shardId-000000000000')!;
    expect(parent).toMatchObject({ checkpoint: SHARD_END, childShardIds: ['shardId-000000000001', 'shardId-000000000002'] });
    const child = (await store.listLeases()).find((l) => l.leaseKey === 'shardId-000000000001')!;
    expect(child.parentShardIds).toEqual(['shardId-000000000000']);
    await w.stop();
    await run;
  });

  it('two workers split the shards evenly; when one stops the other resumes from its checkpoints', async () => {
    const { k, seqs } = stream(4, 20);
    const store = new InMemoryLeaseStore();
    const seen = new Map<string, string[]>();
    const a = worker(k, store, 'a', seen, { maxLeasesToStealAtOneTime: 2 });
    const runA = a.start();
    await until(() => a.metrics().leasesHeld === 4);
    const b = worker(k, store, 'b', seen, { maxLeasesToStealAtOneTime: 2 });
    const runB = b.start();
    await until(() => a.metrics().leasesHeld === 2 && b.metrics().leasesHeld === 2);
    await until(() => seen.size === seqs.length);
    await a.stop();
    await runA;
    await until(() => b.metrics().leasesHeld === 4);
    // New records after the hand-over: b reads on from a's checkpoints.
    const more = k.shards.map((s) => k.put(s.id, 'x', 'late'));
    await until(() => more.every((q) => seen.has(q)));
    await b.stop();
    await runB;
    const dupes = [...seen.values()].filter((v) => v.length > 1).length;
    // Steals hand a lease over while its old owner may be mid-batch: a few duplicates at most.
    expect(dupes).toBeLessThanOrEqual(4 * 7);
    expect(seen.size).toBe(seqs.length + 4);
  });

  it('a worker that stops renewing loses its leases after the failover time', async () => {
    const { k, seqs } = stream(2, 10);
    const store = new InMemoryLeaseStore();
    const seen = new Map<string, string[]>();
    // a's store stops answering writes once it holds its leases (a hung or partitioned worker).
    let dead = false;
    const flaky: LeaseStore = Object.create(store, {
      renewLease: { value: (l: Lease) => (dead ? Promise.reject(new Error('partitioned')) : store.renewLease(l)) },
      updateCheckpoint: { value: (l: Lease, c: string, n: number, ch?: string[]) => (dead ? Promise.reject(new Error('partitioned')) : store.updateCheckpoint(l, c, n, ch)) },
    });
    const a = worker(k, flaky, 'a', seen);
    const runA = a.start();
    await until(() => seen.size === seqs.length);
    dead = true;
    const b = worker(k, store, 'b', seen);
    const runB = b.start();
    const start = Date.now();
    await until(() => b.metrics().leasesHeld === 2);
    expect(Date.now() - start).toBeGreaterThanOrEqual(FAST.failoverTimeMs);
    // a stopped processing once its lease went stale.
    expect(a.holds('shardId-000000000000')).toBe(false);
    const late = k.put('shardId-000000000000', 'x', 'late');
    await until(() => seen.has(late));
    expect(seen.get(late)).toEqual(['b']);
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([runA, runB]);
  });

  it('a failing handler lets the lease go and the batch is handled again (at-least-once)', async () => {
    const { k, seqs } = stream(1, 10);
    const store = new InMemoryLeaseStore();
    let calls = 0;
    const got: string[] = [];
    const w = new KinesisConsumer(k.client(), {
      StreamName: 's', leaseStore: store, workerId: 'w', ...FAST,
      handler: (rs) => {
        if (++calls === 1) throw new Error('boom');
        got.push(...rs.map((r) => r.SequenceNumber));
      },
    });
    const run = w.start();
    await until(() => got.length === seqs.length);
    expect(got).toEqual(seqs);
    expect(w.failures.some((f) => f.includes('boom'))).toBe(true);
    await w.stop();
    await run;
  });

  it('an abort signal stops the worker cleanly and releases its leases', async () => {
    const { k } = stream(2, 5);
    const store = new InMemoryLeaseStore();
    const ac = new AbortController();
    const metrics: number[] = [];
    const w = new KinesisConsumer(k.client(), {
      StreamName: 's', leaseStore: store, ...FAST, abortSignal: ac.signal, handler: () => {}, metricsIntervalMs: 50,
      onMetrics: (m) => void metrics.push(m.leasesHeld),
    });
    const run = w.start();
    await until(() => w.metrics().leasesHeld === 2);
    ac.abort();
    await expect(run).resolves.toBeUndefined();
    expect((await store.listLeases()).every((l) => l.leaseOwner === undefined)).toBe(true);
    expect(metrics.length).toBeGreaterThan(0);
  });
});

describe('KinesisConsumer and KPL aggregated records', () => {
  it('hands the handler the user records of an aggregate, and checkpoints past it; deaggregate: false hands the record', async () => {
    for (const deaggregate of [true, false]) {
      const k = new FakeKinesis();
      const shard = k.addShard('shardId-000000000000');
      const agg = await aggregateRecords([{ PartitionKey: 'u1', Data: 'one' }, { PartitionKey: 'u2', ExplicitHashKey: '42', Data: 'two' }, { PartitionKey: 'u1', Data: 'three' }]);
      k.put(shard.id, 'p', 'before');
      shard.records.push({ PartitionKey: agg.PartitionKey, Data: Buffer.from(agg.Data).toString('base64'), SequenceNumber: '5000' });
      const got: Array<{ key: string; data: string; sub?: number; ehk?: string; seq: string }> = [];
      const store = new InMemoryLeaseStore();
      const w = new KinesisConsumer(k.client(), {
        StreamName: 's', leaseStore: store, workerId: 'w', ...FAST, deaggregate,
        handler: (rs) => void got.push(...rs.map((r) => ({ key: r.PartitionKey, data: dec(r.Data), sub: r.SubSequenceNumber, ehk: r.ExplicitHashKey, seq: r.SequenceNumber }))),
      });
      const run = w.start();
      await until(async () => (await store.listLeases())[0]?.checkpoint === '5000');
      await w.stop();
      await run;
      if (deaggregate) {
        expect(got.slice(1)).toEqual([
          { key: 'u1', data: 'one', sub: 0, ehk: undefined, seq: '5000' },
          { key: 'u2', data: 'two', sub: 1, ehk: '42', seq: '5000' },
          { key: 'u1', data: 'three', sub: 2, ehk: undefined, seq: '5000' },
        ]);
      } else expect(got.map((r) => r.key)).toEqual(['p', agg.PartitionKey]);
      expect(got[0]).toMatchObject({ key: 'p', data: 'before', sub: undefined });
    }
  });
});
