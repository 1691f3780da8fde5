// A consumer group: many workers (processes, machines) share a stream's shards through
// leases in a LeaseStore, as the KCL 2.x does with its DynamoDB lease table. Each worker
// renews what it holds, takes expired leases and steals toward an even share
// (leasesToTake.ts), reads a parent shard to its end before its children, hands each batch
// to the handler and checkpoints after it succeeds (at-least-once), and releases its leases
// when it stops.
import { sleep, type Command, type SendOptions } from '@skiff/core';
import { InMemoryLeaseStore } from './InMemoryLeaseStore.js';
import { LATEST, SHARD_END, TRIM_HORIZON, type Lease, type LeaseStore } from './LeaseStore.js';
import { leasesToTake, updateSightings, type Sighting } from './leasesToTake.js';
import { GetRecordsCommand } from './operations/getRecords.js';
import { GetShardIteratorCommand } from './operations/getShardIterator.js';
import { paginateDescribeStream } from './paginators.js';
import type { _Record, Shard } from './shapes.js';
import { ShardProcessor } from './ShardProcessor.js';

type Sender = { send<I, O>(command: Command<I, O>, options?: SendOptions): Promise<O> };

export interface BatchContext {
  shardId: string;
  workerId: string;
  millisBehindLatest?: number;
}

/** A record the handler gets: a user record of a KPL aggregated record carries its SubSequenceNumber. */
export type ConsumerRecord = _Record & { SubSequenceNumber?: number; Aggregated?: boolean; ExplicitHashKey?: string };

export type RecordHandler = (records: ConsumerRecord[], context: BatchContext) => unknown | Promise<unknown>;

export interface KinesisConsumerOptions {
  StreamName: string;
  /** Called with each non-empty batch; the shard is checkpointed after it resolves. A throw
   * stops this worker's processing of the shard and lets the lease go, so another try reads the batch again. */
  handler: RecordHandler;
  /** Where leases live (default: a new InMemoryLeaseStore, this process only). */
  leaseStore?: LeaseStore;
  /** This worker's name in the lease table (default `worker-<pid>-<random>`; name it after the host in production). */
  workerId?: string;
  /** Where shards without a checkpoint begin (default TRIM_HORIZON). Children of a shard always begin at TRIM_HORIZON. */
  initialPosition?: 'TRIM_HORIZON' | 'LATEST';
  /** A lease whose counter stands still this long is taken to be expired (default 10 000, the KCL's). */
  failoverTimeMs?: number;
  /** Ms between renewals (default failoverTimeMs / 3). */
  renewIntervalMs?: number;
  /** Ms between lease-taking passes (default (failoverTimeMs + 25) * 2, the KCL's). */
  takeIntervalMs?: number;
  /** Ms between shard listings that create leases for new shards (default 60 000). */
  shardSyncIntervalMs?: number;
  maxLeasesForWorker?: number;
  /** Leases stolen per pass when none is expired (default 1, the KCL's). */
  maxLeasesToStealAtOneTime?: number;
  /** GetRecords Limit. */
  limit?: number;
  /** Hand the user records of KPL aggregated records to the handler (default true), as the KCL
   * does. A batch is checkpointed whole, after the handler: at its last record's sequence
   * number, past every user record of its last aggregate. */
  deaggregate?: boolean;
  /** Ms before re-reading a shard that returned nothing (default 1000). */
  idleDelayMs?: number;
  /** Stops the worker (leases released) when it fires. */
  abortSignal?: AbortSignal;
  /** Called every metricsIntervalMs (default 10 000). */
  onMetrics?: (metrics: ConsumerMetrics) => void;
  metricsIntervalMs?: number;
}

export interface ConsumerMetrics {
  workerId: string;
  leasesHeld: number;
  /** Records handled per second since the last metrics call (or since the start). */
  recordsPerSecond: number;
  recordsHandled: number;
  shards: Record<string, { millisBehindLatest?: number; records: number }>;
}

/** A lease this worker holds. */
export interface HeldLease {
  lease: Lease;
  /** When the last successful renewal was sent: the lease is ours until this + failover. */
  renewedAt: number;
  /** Renewals and checkpoints one after the other: both are conditional on the counter. */
  queue: Promise<unknown>;
  processor?: ShardProcessor;
  lost: boolean;
}

export class KinesisConsumer {
  readonly workerId: string;
  readonly leaseStore: LeaseStore;
  private readonly o: Required<Pick<KinesisConsumerOptions, 'failoverTimeMs' | 'renewIntervalMs' | 'takeIntervalMs' | 'shardSyncIntervalMs' | 'idleDelayMs' | 'metricsIntervalMs'>>;
  private readonly held = new Map<string, HeldLease>();
  private readonly seen = new Map<string, Sighting>();
  private table = new Map<string, Lease>();
  private shards: Shard[] = [];
  private readonly stopper = new AbortController();
  private running?: Promise<void>;
  private handled = 0;
  private lastMetrics = { at: Date.now(), handled: 0 };
  readonly shardStats = new Map<string, { millisBehindLatest?: number; records: number }>();

  constructor(
    readonly client: Sender,
    readonly options: KinesisConsumerOptions,
  ) {
    this.workerId = options.workerId ?? `worker-${(globalThis as { process?: { pid?: number } }).process?.pid ?? 0}-${Math.random().toString(36).slice(2, 10)}`;
    this.leaseStore = options.leaseStore ?? new InMemoryLeaseStore();
    const failoverTimeMs = options.failoverTimeMs ?? 10_000;
    this.o = {
      failoverTimeMs,
      renewIntervalMs: options.renewIntervalMs ?? Math.floor(failoverTimeMs / 3),
      takeIntervalMs: options.takeIntervalMs ?? (failoverTimeMs + 25) * 2,
      shardSyncIntervalMs: options.shardSyncIntervalMs ?? 60_000,
      idleDelayMs: options.idleDelayMs ?? 1000,
      metricsIntervalMs: options.metricsIntervalMs ?? 10_000,
    };
    options.abortSignal?.addEventListener('abort', () => this.stopper.abort(), { once: true });
  }

  get signal(): AbortSignal {
    return this.stopper.signal;
  }

  /** Runs until stop() or the abort signal; resolves once every lease is released. */
  start(): Promise<void> {
    return (this.running ??= this.run());
  }

  /** Stops processing, waits for batches in flight to checkpoint, and releases the leases. */
  async stop(): Promise<void> {
    this.stopper.abort();
    await this.running;
  }

  metrics(): ConsumerMetrics {
    const now = Date.now();
    const secs = Math.max(0.001, (now - this.lastMetrics.at) / 1000);
    const recordsPerSecond = (this.handled - this.lastMetrics.handled) / secs;
    this.lastMetrics = { at: now, handled: this.handled };
    return {
      workerId: this.workerId,
      leasesHeld: [...this.held.values()].filter((h) => !h.lost).length,
      recordsPerSecond,
      recordsHandled: this.handled,
      shards: Object.fromEntries([...this.shardStats].map(([k, v]) => [k, { ...v }])),
    };
  }

  /** True while this worker may process the shard: renewed within the failover time. */
  holds(shardId: string): boolean {
    const h = this.held.get(shardId);
    return !!h && !h.lost && !this.signal.aborted && Date.now() - h.renewedAt < this.o.failoverTimeMs;
  }

  private async run(): Promise<void> {
    const signal = this.signal;
    await this.leaseStore.ensureTable();
    const loops = [
      this.every(this.o.shardSyncIntervalMs, () => this.syncShards()),
      this.every(this.o.takeIntervalMs, () => this.takeLeases()),
      this.every(this.o.renewIntervalMs, () => this.renewLeases()),
    ];
    if (this.options.onMetrics) loops.push(this.every(this.o.metricsIntervalMs, async () => this.options.onMetrics!(this.metrics())));
    try {
      await Promise.all(loops);
    } finally {
      // Let batches in flight finish and checkpoint, then hand every lease back.
      await Promise.allSettled([...this.held.values()].map((h) => h.processor?.done));
      await Promise.allSettled([...this.held.values()].filter((h) => !h.lost).map((h) => this.release(h)));
      if (!signal.aborted) this.stopper.abort();
    }
  }

  /** Runs `task` now and then every `ms` until stopped; a failed pass is retried on the next. */
  private async every(ms: number, task: () => Promise<void>): Promise<void> {
    while (!this.signal.aborted) {
      try {
        await task();
      } catch (e) {
        if (this.signal.aborted) return;
        this.warn('lease pass failed', e);
      }
      try {
        await sleep(ms, this.signal);
      } catch {
        return;
      }
    }
  }

  private warn(what: string, e: unknown): void {
    // Transient store or stream failures are retried; a user watching gets them through the
    // client's logger, so they are only counted here.
    this.failures.push(`${what}: ${(e as Error).name}: ${(e as Error).message}`);
    if (this.failures.length > 20) this.failures.shift();
  }
  readonly failures: string[] = [];

  /** Lists the shards and creates a lease for each shard that has none (parents first). */
  async syncShards(): Promise<void> {
    const shards: Shard[] = [];
    for await (const page of paginateDescribeStream({ client: this.client, abortSignal: this.signal }, { StreamName: this.options.StreamName })) {
      shards.push(...(page.StreamDescription?.Shards ?? []));
    }
    this.shards = shards;
    const existing = new Map((await this.leaseStore.listLeases()).map((l) => [l.leaseKey, l]));
    const initial = this.options.initialPosition ?? TRIM_HORIZON;
    for (const shard of shards) {
      if (existing.has(shard.ShardId)) continue;
      const parents = [shard.ParentShardId, shard.AdjacentParentShardId].filter((p): p is string => !!p);
      const closed = shard.SequenceNumberRange.EndingSequenceNumber !== undefined;
      // A child of a leased shard begins at its start, so nothing between parent and child
      // is lost; a shard with no known parent begins where the application asked.
      const checkpoint = parents.some((p) => existing.has(p)) ? TRIM_HORIZON : initial === LATEST && closed ? SHARD_END : initial;
      const lease: Lease = {
        leaseKey: shard.ShardId,
        leaseCounter: 0,
        checkpoint,
        checkpointSubSequenceNumber: 0,
        ownerSwitchesSinceCheckpoint: 0,
        parentShardIds: parents,
        childShardIds: [],
        startingHashKey: shard.HashKeyRange.StartingHashKey,
        endingHashKey: shard.HashKeyRange.EndingHashKey,
      };
      await this.leaseStore.createLeaseIfNotExists(lease);
      existing.set(lease.leaseKey, lease);
    }
  }

  /** The shards listed whose parent is `shardId` (syncing first if none is listed yet). */
  async childrenOf(shardId: string): Promise<string[]> {
    const find = () => this.shards.filter((s) => s.ParentShardId === shardId || s.AdjacentParentShardId === shardId).map((s) => s.ShardId);
    if (!find().length) await this.syncShards();
    return find();
  }

  /** True once each parent of the lease is read to its end (or has no lease: trimmed away). */
  async parentsDone(lease: Lease): Promise<boolean> {
    if (!lease.parentShardIds.length) return true;
    const fresh = new Map((await this.leaseStore.listLeases()).map((l) => [l.leaseKey, l]));
    return lease.parentShardIds.every((p) => !fresh.has(p) || fresh.get(p)!.checkpoint === SHARD_END);
  }

  private async takeLeases(): Promise<void> {
    const leases = await this.leaseStore.listLeases();
    const now = Date.now();
    updateSightings(this.seen, leases, now);
    this.table = new Map(leases.map((l) => [l.leaseKey, l]));
    const held = new Set([...this.held].filter(([, h]) => !h.lost).map(([k]) => k));
    const wanted = leasesToTake(leases, this.seen, {
      me: this.workerId, now, failoverTimeMs: this.o.failoverTimeMs, held,
      maxLeasesForWorker: this.options.maxLeasesForWorker, maxLeasesToStealAtOneTime: this.options.maxLeasesToStealAtOneTime,
    });
    for (const lease of wanted) {
      if (this.signal.aborted) return;
      const sentAt = Date.now();
      const taken = await this.leaseStore.takeLease(lease, this.workerId);
      if (!taken) continue;
      const h: HeldLease = { lease: taken, renewedAt: sentAt, queue: Promise.resolve(), lost: false };
      this.held.set(taken.leaseKey, h);
      h.processor = new ShardProcessor(this, h);
      h.processor.start();
    }
  }

  private async renewLeases(): Promise<void> {
    await Promise.all([...this.held.values()].filter((h) => !h.lost).map((h) => this.serial(h, async () => {
      const sentAt = Date.now();
      const renewed = await this.leaseStore.renewLease(h.lease);
      if (renewed) {
        h.lease = renewed;
        h.renewedAt = sentAt;
      } else this.lose(h);
    })));
  }

  /** Runs one write on a held lease after the ones before it. */
  serial<T>(h: HeldLease, write: () => Promise<T>): Promise<T> {
    const next = h.queue.then(write);
    h.queue = next.catch(() => undefined);
    return next;
  }

  /** Checkpoints a held lease; false when the lease was lost (someone else took it). */
  async checkpoint(h: HeldLease, checkpoint: string, childShardIds?: string[]): Promise<boolean> {
    return this.serial(h, async () => {
      if (h.lost) return false;
      const sentAt = Date.now();
      const written = await this.leaseStore.updateCheckpoint(h.lease, checkpoint, 0, childShardIds);
      if (!written) {
        this.lose(h);
        return false;
      }
      h.lease = written;
      h.renewedAt = sentAt;
      return true;
    });
  }

  /** Stops counting a lease as held (its processor sees it and ends). */
  lose(h: HeldLease): void {
    h.lost = true;
    if (this.held.get(h.lease.leaseKey) === h) this.held.delete(h.lease.leaseKey);
  }

  /** Hands a lease back (owner removed) so another worker takes it at once. */
  async release(h: HeldLease): Promise<void> {
    await this.serial(h, async () => {
      if (h.lost) return;
      await this.leaseStore.evictLease(h.lease);
      this.lose(h);
    });
  }

  /** Counts a handled batch. */
  recordBatch(shardId: string, n: number, millisBehindLatest?: number): void {
    this.handled += n;
    const s = this.shardStats.get(shardId) ?? { records: 0 };
    s.records += n;
    s.millisBehindLatest = millisBehindLatest;
    this.shardStats.set(shardId, s);
  }

  get idleDelayMs(): number {
    return this.o.idleDelayMs;
  }

  /** GetShardIterator and GetRecords, for the processors. */
  iterator(shardId: string, checkpoint: string): Promise<string | undefined> {
    const start =
      checkpoint === TRIM_HORIZON || checkpoint === LATEST ? { ShardIteratorType: checkpoint } as const
      : { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: checkpoint } as const;
    return this.client
      .send(new GetShardIteratorCommand({ StreamName: this.options.StreamName, ShardId: shardId, ...start }), { abortSignal: this.signal })
      .then((o) => o.ShardIterator);
  }

  getRecords(ShardIterator: string) {
    return this.client.send(new GetRecordsCommand({ ShardIterator, Limit: this.options.limit }), { abortSignal: this.signal });
  }
}

