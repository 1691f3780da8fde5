// Reads a whole stream, shard by shard, across splits and merges. A parent shard is read to
// its end (NextShardIterator null, GetRecords section) before its children, so each
// partition key's records come out once and in order. Start rules: planStart.ts.
//
// KPL aggregated records are de-aggregated (deaggregate.ts), as the KCL does: the reader yields
// their user records, each with the aggregate's SequenceNumber and its SubSequenceNumber. The
// checkpoint holds one sequence number a shard (ReaderCheckpoint: no room for a sub-sequence
// number, where the KCL keeps both), so it moves to an aggregate's sequence number only once
// the aggregate's last user record is yielded: a reader resumed from a checkpoint taken in the
// middle of an aggregate yields that aggregate's user records again from its first (at least
// once, never a user record skipped).
import { isServiceError, sleep, type Command, type SendOptions } from '@skiff/core';
import { DescribeStreamCommand } from './operations/describeStream.js';
import { GetRecordsCommand, type GetRecordsOutput } from './operations/getRecords.js';
import { GetShardIteratorCommand } from './operations/getShardIterator.js';
import { paginateDescribeStream, paginateListShards } from './paginators.js';
import { deaggregate, hasAggregationMagic } from './deaggregate.js';
import { isSequenceStart, parentsOf, planStart, type ReaderCheckpoint, type ReadStart, type StartPosition } from './planStart.js';
import type { _Record, Shard } from './shapes.js';

type Sender = { send<I, O>(command: Command<I, O>, options?: SendOptions): Promise<O> };

export interface ShardReaderOptions {
  StreamName: string;
  /** Where the shards open at the start begin (default TRIM_HORIZON). */
  from?: ReadStart;
  /** Resume what an earlier reader delivered (its `checkpoint()`). */
  checkpoint?: ReaderCheckpoint;
  /** Ends the iteration cleanly (no error) when it fires. */
  abortSignal?: AbortSignal;
  /** GetRecords `Limit` (1..10,000). */
  limit?: number;
  /** Ms before re-reading a shard that returned nothing; doubles per empty read (default 1000). */
  idleDelay?: number;
  /** Cap of that backoff (default 10 000). */
  maxIdleDelay?: number;
  /** Ms base of the backoff after throttling, doubling up to 30 s (default 1000). */
  throttleDelay?: number;
  /** End once every open shard has returned an empty read (caught up with the writers). */
  stopWhenCaughtUp?: boolean;
  /** The same as stopWhenCaughtUp. */
  stopAtEnd?: boolean;
  /** End after this many ms without a record. */
  idleTimeoutMs?: number;
  /** Yield the user records of KPL aggregated records (default true); false yields the records as stored. */
  deaggregate?: boolean;
}

/** A record as the reader yields it: with the shard it came from. */
export interface StreamRecord extends _Record {
  ShardId: string;
  /** A user record of a KPL aggregated record (SequenceNumber is the aggregate's): its index in it. */
  SubSequenceNumber?: number;
  /** Set (true) on user records of an aggregated record only. */
  Aggregated?: boolean;
  /** A user record's ExplicitHashKey, when the producer gave one. */
  ExplicitHashKey?: string;
}

interface ShardState {
  shard: Shard;
  status: 'waiting' | 'active' | 'finished';
  start: StartPosition;
  iterator?: string;
  lastSeq?: string;
  dueAt: number;
  empties: number;
  throttles: number;
  caughtUp: boolean;
  /** When this reader read the shard to its end. */
  closedAt?: number;
}

const ORPHAN_WAIT_MS = 60_000;
// The codes of a server that has no ListShards (older emulators and proxies).
const UNKNOWN_OPERATION = new Set(['InvalidAction', 'UnknownOperationException', 'UnknownOperation', 'NotImplemented', 'AccessDeniedException']);
const NOTHING = { records: [], end: false };
const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'LimitExceededException', 'Throttling', 'ThrottlingException']);

export class ShardReader implements AsyncIterableIterator<StreamRecord, void> {
  private readonly states = new Map<string, ShardState>();
  private readonly signal?: AbortSignal;
  private gen?: AsyncGenerator<StreamRecord, void, undefined>;
  private lastRefresh = 0;
  /** Set once the server answered ListShards as an unknown operation. */
  private describeOnly = false;

  constructor(
    private readonly client: Sender,
    private readonly options: ShardReaderOptions,
  ) {
    this.signal = options.abortSignal;
  }

  /** The last sequence number yielded per shard and the shards read to their end. */
  checkpoint(): ReaderCheckpoint {
    const shards: Record<string, string> = { ...this.options.checkpoint?.shards };
    const finished = new Set(this.options.checkpoint?.finished);
    for (const [id, s] of this.states) {
      if (s.lastSeq !== undefined) shards[id] = s.lastSeq;
      if (s.status === 'finished') finished.add(id);
    }
    return { shards, finished: [...finished] };
  }

  // An async iterator as well as an iterable (like a generator): `for await`, or `next()`
  // by hand. It runs once: after it ends, start a new reader from checkpoint().
  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<StreamRecord, void>> {
    return (this.gen ??= this.run()).next();
  }

  /** Ends the iteration (what `break` in a `for await` calls). */
  return(): Promise<IteratorResult<StreamRecord, void>> {
    return (this.gen ??= this.run()).return();
  }

  private async *run(): AsyncGenerator<StreamRecord, void, undefined> {
    const o = this.options;
    try {
      await this.init();
      let lastRecordAt = Date.now();
      for (;;) {
        if (this.signal?.aborted) return;
        this.promote();
        const active = [...this.states.values()].filter((s) => s.status === 'active');
        if (this.orphans() && Date.now() - this.lastRefresh >= (o.idleDelay ?? 1000)) await this.refresh();
        if (!active.length && !this.orphans()) return; // every shard closed and read: nothing can come
        if ((o.stopWhenCaughtUp || o.stopAtEnd) && active.length && active.every((s) => s.caughtUp) && !this.orphans()) return;
        const now = Date.now();
        if (o.idleTimeoutMs !== undefined && now - lastRecordAt >= o.idleTimeoutMs) return;
        const due = active.filter((s) => s.dueAt <= now);
        if (!due.length) {
          let wake = Math.min(...active.map((s) => s.dueAt), now + (o.idleDelay ?? 1000));
          if (o.idleTimeoutMs !== undefined) wake = Math.min(wake, lastRecordAt + o.idleTimeoutMs);
          await sleep(Math.max(1, wake - now), this.signal);
          continue;
        }
        const batches = await Promise.all(due.map((s) => this.read(s)));
        for (let i = 0; i < due.length; i++) {
          const s = due[i]!;
          const { records, end } = batches[i]!;
          for (const r of records) {
            lastRecordAt = Date.now();
            if (o.deaggregate !== false && hasAggregationMagic(r.Data)) {
              const users = await deaggregate(r);
              if (!users.length) s.lastSeq = r.SequenceNumber; // an aggregate of no user records
              for (let j = 0; j < users.length; j++) {
                // The checkpoint passes the aggregate with its last user record only.
                if (j === users.length - 1) s.lastSeq = r.SequenceNumber;
                const u = users[j]!;
                yield u.Aggregated ? { ...u, ShardId: s.shard.ShardId } : { ...r, ShardId: s.shard.ShardId };
              }
              continue;
            }
            s.lastSeq = r.SequenceNumber;
            yield { ...r, ShardId: s.shard.ShardId };
          }
          // Finished only once its last record is out, so a checkpoint never skips one.
          if (end) {
            s.status = 'finished';
            s.closedAt = Date.now();
            await this.refresh();
          }
        }
      }
    } catch (e) {
      if (this.signal?.aborted && (e as Error).name === 'AbortError') return;
      throw e;
    }
  }

  /** Lists the shards, plans where each starts, and finds a sequence number's shard. */
  private async init(): Promise<void> {
    const o = this.options;
    const from = o.from ?? 'TRIM_HORIZON';
    const shards = await this.listShards();
    let target: string | undefined;
    let iterator: string | undefined;
    if (isSequenceStart(from)) ({ target, iterator } = await this.locate(shards, from));
    const plan = planStart(shards, from, o.checkpoint, target);
    for (const shard of shards) {
      const p = plan.get(shard.ShardId)!;
      this.states.set(shard.ShardId, this.newState(shard, p.finished ? 'finished' : 'waiting', p.start));
    }
    const t = target === undefined ? undefined : this.states.get(target);
    if (t && t.status !== 'finished' && o.checkpoint?.shards[t.shard.ShardId] === undefined) t.iterator = iterator;
  }

  private newState(shard: Shard, status: ShardState['status'], start: StartPosition): ShardState {
    return { shard, status, start, dueAt: 0, empties: 0, throttles: 0, caughtUp: false };
  }

  /** The shard a sequence number belongs to: the one named, or the one the service accepts it for. */
  private async locate(shards: Shard[], from: Extract<ReadStart, { ShardId?: string }>): Promise<{ target: string; iterator?: string }> {
    const type = 'AT_SEQUENCE_NUMBER' in from ? 'AT_SEQUENCE_NUMBER' : 'AFTER_SEQUENCE_NUMBER';
    const seq = 'AT_SEQUENCE_NUMBER' in from ? from.AT_SEQUENCE_NUMBER : from.AFTER_SEQUENCE_NUMBER;
    if (from.ShardId) {
      if (!shards.some((s) => s.ShardId === from.ShardId)) throw new RangeError(`Stream ${this.options.StreamName} has no shard ${from.ShardId}`);
      return { target: from.ShardId };
    }
    for (const s of shards) {
      try {
        const out = await this.client.send(
          new GetShardIteratorCommand({ StreamName: this.options.StreamName, ShardId: s.ShardId, ShardIteratorType: type, StartingSequenceNumber: seq }),
          { abortSignal: this.signal },
        );
        return { target: s.ShardId, iterator: out.ShardIterator };
      } catch (e) {
        // The service rejects a sequence number that came from another shard.
        if (!isServiceError(e, 'InvalidArgumentException')) throw e;
      }
    }
    throw new RangeError(`No shard of stream ${this.options.StreamName} accepts the sequence number ${seq}`);
  }

  /** The stream's shards by ListShards (today's API: 1,000 a page, a higher rate limit than
   * DescribeStream's); a server that does not know ListShards gets DescribeStream instead,
   * and keeps getting it. */
  private async listShards(): Promise<Shard[]> {
    const shards: Shard[] = [];
    const config = { client: this.client, abortSignal: this.signal };
    if (!this.describeOnly) {
      try {
        for await (const page of paginateListShards(config, { StreamName: this.options.StreamName })) shards.push(...(page.Shards ?? []));
        this.lastRefresh = Date.now();
        return shards;
      } catch (e) {
        if (!UNKNOWN_OPERATION.has((e as { name?: string })?.name ?? '') || !isServiceError(e)) throw e;
        this.describeOnly = true;
        shards.length = 0;
      }
    }
    for await (const page of paginateDescribeStream(config, { StreamName: this.options.StreamName })) {
      shards.push(...(page.StreamDescription?.Shards ?? []));
    }
    this.lastRefresh = Date.now();
    return shards;
  }

  /** Picks up shards born since the last listing (children of a split or a merge). */
  private async refresh(): Promise<void> {
    for (const shard of await this.listShards()) {
      if (!this.states.has(shard.ShardId)) this.states.set(shard.ShardId, this.newState(shard, 'waiting', { ShardIteratorType: 'TRIM_HORIZON' }));
    }
  }

  /** A shard is read once each of its parents is read to its end (or no longer listed). */
  private promote(): void {
    for (const s of this.states.values()) {
      if (s.status !== 'waiting') continue;
      if (parentsOf(s.shard).every((p) => this.states.get(p)?.status !== 'active' && this.states.get(p)?.status !== 'waiting')) s.status = 'active';
    }
  }

  /** True while a shard this reader read to its end has no child listed yet (a listing may
   * lag the close for a moment); after a minute the shard is taken to have none. */
  private orphans(): boolean {
    const parents = new Set<string>();
    for (const s of this.states.values()) for (const p of parentsOf(s.shard)) parents.add(p);
    const recent = Date.now() - ORPHAN_WAIT_MS;
    for (const [id, s] of this.states) if (s.closedAt !== undefined && s.closedAt > recent && !parents.has(id)) return true;
    return false;
  }

  /** One GetRecords on a shard; updates its iterator and backoff. `end`: read to its end. */
  private async read(s: ShardState): Promise<{ records: _Record[]; end: boolean }> {
    const o = this.options;
    const StreamName = o.StreamName;
    try {
      if (s.iterator === undefined) {
        // First read, or an expired iterator: go on right after the last record delivered.
        const start: StartPosition = s.lastSeq !== undefined ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: s.lastSeq } : s.start;
        const it = await this.client.send(new GetShardIteratorCommand({ StreamName, ShardId: s.shard.ShardId, ...start }), { abortSignal: this.signal });
        if (!it.ShardIterator) return { records: [], end: true };
        s.iterator = it.ShardIterator;
      }
      const out: GetRecordsOutput = await this.client.send(new GetRecordsCommand({ ShardIterator: s.iterator, Limit: o.limit }), { abortSignal: this.signal });
      const records = out.Records ?? [];
      s.iterator = out.NextShardIterator ?? undefined;
      s.throttles = 0;
      if (records.length) {
        s.empties = 0;
        s.caughtUp = false;
        s.dueAt = 0;
      } else {
        s.empties++;
        s.caughtUp = !out.MillisBehindLatest;
        s.dueAt = Date.now() + Math.min((o.idleDelay ?? 1000) * 2 ** Math.min(s.empties - 1, 16), o.maxIdleDelay ?? 10_000);
      }
      return { records, end: !out.NextShardIterator };
    } catch (e) {
      if (isServiceError(e, 'ExpiredIteratorException')) {
        s.iterator = undefined;
        s.dueAt = 0;
        return NOTHING;
      }
      if (isServiceError(e) && THROTTLING.has(e.name)) {
        s.throttles++;
        const cap = Math.min((o.throttleDelay ?? 1000) * 2 ** Math.min(s.throttles - 1, 16), 30_000);
        s.dueAt = Date.now() + cap * (0.5 + Math.random() / 2);
        return NOTHING;
      }
      throw e;
    }
  }
}

/** `for await (const record of readStream(client, { StreamName, stopWhenCaughtUp: true }))`. */
export function readStream(client: Sender, options: ShardReaderOptions): ShardReader {
  return new ShardReader(client, options);
}
