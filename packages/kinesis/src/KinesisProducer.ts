// A batching producer over PutRecords. Records wait in per-partition-key lines; a batch takes
// the head of each ready line (at most one record of a key per request, and none of a key
// while its earlier record is in flight or waiting to be retried), so a key's records are
// stored in put order even though PutRecords may store a later record and fail an earlier one.
// Only the records a response marks failed are retried (FailedRecordCount, ErrorCode), with
// exponential backoff and full jitter; the buffer is bounded, so submit() waits when it is full.
//
// With `aggregate: true` a PutRecords entry is a KPL aggregated record (aggregate.ts) of many
// user records, as the KPL sends them. A key then puts a run of its waiting records in the batch
// (all in one aggregate, so they are stored or failed together and its order holds), and keys
// share an aggregate only when their records go to the same shard: the producer lists the
// stream's shards (ListShards) and groups user records by the open shard their hash key falls
// in, as the KPL's aggregator does; the aggregate carries the first user record's hash key as
// its ExplicitHashKey (the KPL's KinesisRecord::explicit_hash_key), so it lands on that shard.
// A result on another shard than the one predicted (a reshard) makes the producer list the
// shards again. Without a shard list (ListShards refused), only records with the same hash key
// share an aggregate. An aggregate of one user record is sent as that plain record (as the KPL
// does), so a reader without de-aggregation reads it as it was put.
import { utf8Length, type Command, type SendOptions } from '@skiff/core';
import { PutRecordsCommand, type PutRecordsOutput, type PutRecordsRequestEntry } from './operations/putRecords.js';
import { MAX_DATA_BYTES, type Shard } from './shapes.js';
import { checkRecord, ProducerRecordError, type ProducerRecord, type ProducerResult } from './producerRecord.js';
import { aggregate, AggregateSize } from './aggregate.js';
import { paginateListShards } from './paginators.js';
import { hashKeyOf, shardForHashKey } from './shardForPartitionKey.js';

type Sender = { send<I, O>(command: Command<I, O>, options?: SendOptions): Promise<O> };

export { ProducerRecordError, type ProducerRecord, type ProducerResult };

export interface KinesisProducerOptions {
  /** StreamName or StreamARN names the stream. */
  StreamName?: string;
  StreamARN?: string;
  /** Ms a ready record waits for others to fill a batch (default 50). */
  lingerMs?: number;
  /** Records per PutRecords (1..500, default 500). */
  maxBatchRecords?: number;
  /** A request's Data plus PartitionKey bytes (default 10 MiB, the request limit). */
  maxBatchBytes?: number;
  /** PutRecords requests at once (default 4). */
  maxInFlight?: number;
  /** Records held (waiting, in flight or to be retried) before submit() waits (default 10,000). */
  maxBufferedRecords?: number;
  /** Bytes held before submit() waits (default 64 MiB). */
  maxBufferedBytes?: number;
  /** Tries per record, the first included (default 10); then put() rejects with the last error. */
  maxAttempts?: number;
  /** Backoff base and cap in ms (defaults 100 and 5,000). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Pack user records into KPL aggregated records (default false); readers de-aggregate them
   * (ShardReader, KinesisConsumer, the KCL, aws-kinesis-agg). */
  aggregate?: boolean;
  /**
   * The largest aggregated record, Data plus PartitionKey bytes (default 51,200, the KPL's
   * AggregationMaxSize; at most MAX_DATA_BYTES). PutRecords would take 1 MiB (today up to
   * 10 MiB) a record, but a shard takes 1 MiB/s: a record of 1 MiB is a whole second of a
   * shard's writes, throttled or not as one piece, resent whole on any failure, and every one
   * of its user records waits for the slowest to fill it. 50 KB keeps most of the gain (a
   * PutRecords entry costs one of the shard's 1,000 records/s, however small) and none of that.
   */
  aggregationMaxBytes?: number;
}

interface Entry {
  record: PutRecordsRequestEntry;
  bytes: number;
  dataBytes: number;
  /** With `aggregate`: its hash key (ExplicitHashKey, or the MD5 of PartitionKey). */
  hashKey?: bigint;
  /** Its group (groupOf), and the shard list it was found in. */
  group?: { group: string; shard?: string; of: Shard[] | undefined };
  attempts: number;
  notBefore: number;
  resolve: (r: ProducerResult) => void;
  reject: (e: unknown) => void;
}

// Record-level codes the service documents as worth retrying; anything else is final.
const RETRYABLE_CODES = new Set(['ProvisionedThroughputExceededException', 'InternalFailure', 'InternalFailureException', 'ServiceUnavailable', 'KMSThrottlingException']);

/** One PutRecords entry: a user record, or (aggregating) the user records of one aggregate. */
interface Unit {
  entries: Entry[];
  /** The shard it is predicted to land on (aggregating with a shard list). */
  shard?: string;
  size?: AggregateSize;
}

export class KinesisProducer {
  private readonly o: Required<Omit<KinesisProducerOptions, 'StreamName' | 'StreamARN'>>;
  /** The stream's shards, for grouping user records by shard (aggregating only). */
  private shards?: Promise<Shard[] | undefined>;
  private shardList?: Shard[];
  private readonly lines = new Map<string, Entry[]>();
  /** Keys whose head record may go in the next batch, in the order they became ready. */
  private readonly ready = new Set<string>();
  private readonly busy = new Set<string>();
  private records = 0;
  private bytes = 0;
  private inFlight = 0;
  private lingerTimer?: ReturnType<typeof setTimeout>;
  private retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private flushing = 0;
  private closed = false;
  private spaceWaiters: Array<() => void> = [];
  private idleWaiters: Array<() => void> = [];
  /** The most records held at once: for tests and metrics of the bound. */
  highWaterRecords = 0;

  constructor(
    private readonly client: Sender,
    private readonly stream: { StreamName?: string; StreamARN?: string } & KinesisProducerOptions,
  ) {
    if (stream.StreamName === undefined && stream.StreamARN === undefined) throw new TypeError('KinesisProducer needs a StreamName or a StreamARN');
    this.o = {
      lingerMs: stream.lingerMs ?? 50,
      maxBatchRecords: Math.min(500, Math.max(1, stream.maxBatchRecords ?? 500)),
      maxBatchBytes: stream.maxBatchBytes ?? MAX_DATA_BYTES,
      maxInFlight: Math.max(1, stream.maxInFlight ?? 4),
      maxBufferedRecords: Math.max(1, stream.maxBufferedRecords ?? 10_000),
      maxBufferedBytes: stream.maxBufferedBytes ?? 64 * 1024 * 1024,
      maxAttempts: Math.max(1, stream.maxAttempts ?? 10),
      baseDelayMs: stream.baseDelayMs ?? 100,
      maxDelayMs: stream.maxDelayMs ?? 5000,
      aggregate: stream.aggregate ?? false,
      aggregationMaxBytes: Math.min(MAX_DATA_BYTES, Math.max(1, stream.aggregationMaxBytes ?? 51_200)),
    };
  }

  /** Records held now (waiting, in flight, or waiting to be retried). */
  get buffered(): number {
    return this.records;
  }

  /**
   * Puts a record in the buffer, waiting while the buffer is full; resolves once it is held,
   * with `result`: the record's shard and sequence number, or its final error. (The result is
   * wrapped so that awaiting submit() waits for room only, not for the record to be stored.)
   */
  async submit(record: ProducerRecord): Promise<{ result: Promise<ProducerResult> }> {
    if (this.closed) throw new Error('KinesisProducer is closed');
    const bytes = checkRecord(record);
    let hashKey: bigint | undefined;
    if (this.o.aggregate) {
      hashKey = record.ExplicitHashKey !== undefined ? BigInt(record.ExplicitHashKey) : await hashKeyOf(record.PartitionKey);
      this.shardList = await (this.shards ??= this.listShards());
      if (this.closed) throw new Error('KinesisProducer is closed');
    }
    // A record bigger than the whole bound still goes, alone, rather than waiting forever.
    while (this.records > 0 && (this.records >= this.o.maxBufferedRecords || this.bytes + bytes > this.o.maxBufferedBytes)) {
      await new Promise<void>((r) => this.spaceWaiters.push(r));
      if (this.closed) throw new Error('KinesisProducer is closed');
    }
    let resolve!: (r: ProducerResult) => void;
    let reject!: (e: unknown) => void;
    const result = new Promise<ProducerResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const dataBytes = bytes - utf8Length(record.PartitionKey);
    const entry: Entry = { record: { PartitionKey: record.PartitionKey, Data: record.Data, ExplicitHashKey: record.ExplicitHashKey }, bytes, dataBytes, hashKey, attempts: 0, notBefore: 0, resolve, reject };
    this.records++;
    this.bytes += bytes;
    this.highWaterRecords = Math.max(this.highWaterRecords, this.records);
    const line = this.lines.get(record.PartitionKey);
    if (line) line.push(entry);
    else {
      this.lines.set(record.PartitionKey, [entry]);
      this.ready.add(record.PartitionKey);
    }
    this.pump();
    return { result };
  }

  /** Submits a record and resolves with its shard and sequence number (or rejects with its final error). */
  async put(record: ProducerRecord): Promise<ProducerResult> {
    return (await this.submit(record)).result;
  }

  /** Sends everything held now, without lingering, and resolves when every record is settled. */
  async flush(): Promise<void> {
    this.flushing++;
    try {
      this.pump();
      while (this.records > 0) await new Promise<void>((r) => this.idleWaiters.push(r));
    } finally {
      this.flushing--;
    }
  }

  /** Refuses new records, then flushes: nothing submitted before is lost. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    for (const w of this.spaceWaiters.splice(0)) w();
  }

  private pump(): void {
    while (this.inFlight < this.o.maxInFlight && this.ready.size > 0) {
      const full = this.ready.size >= this.o.maxBatchRecords;
      if (!full && this.flushing === 0 && !this.closed) {
        this.lingerTimer ??= setTimeout(() => {
          this.lingerTimer = undefined;
          this.flushing++;
          try {
            this.pump();
          } finally {
            this.flushing--;
          }
        }, this.o.lingerMs);
        return;
      }
      this.sendBatch();
    }
  }

  /** The stream's open shards, or undefined when they cannot be listed (then only equal hash keys share an aggregate). */
  private async listShards(): Promise<Shard[] | undefined> {
    try {
      const shards: Shard[] = [];
      const target = this.stream.StreamARN !== undefined ? { StreamARN: this.stream.StreamARN } : { StreamName: this.stream.StreamName };
      for await (const page of paginateListShards({ client: this.client }, target)) shards.push(...(page.Shards ?? []));
      return shards;
    } catch {
      return undefined;
    }
  }

  /** The group of user records that may share an aggregate: its predicted shard, or its hash key. */
  private groupOf(e: Entry): { group: string; shard?: string } {
    if (e.group && e.group.of === this.shardList) return e.group;
    const shard = this.shardList && shardForHashKey(this.shardList, e.hashKey!)?.ShardId;
    e.group = shard !== undefined ? { group: shard, shard, of: this.shardList } : { group: `#${e.hashKey}`, of: this.shardList };
    return e.group;
  }

  /** The next PutRecords: the head of each ready key, or (aggregating) a run of each ready key's records packed by shard. */
  private takeUnits(): Unit[] {
    const units: Unit[] = [];
    let size = 0;
    if (!this.o.aggregate) {
      for (const key of this.ready) {
        const head = this.lines.get(key)![0]!;
        if (units.length > 0 && (units.length >= this.o.maxBatchRecords || size + head.bytes > this.o.maxBatchBytes)) break;
        this.ready.delete(key);
        this.busy.add(key);
        units.push({ entries: [head] });
        size += head.bytes;
      }
      return units;
    }
    const open = new Map<string, Unit>();
    const max = this.o.aggregationMaxBytes;
    for (const key of this.ready) {
      const line = this.lines.get(key)!;
      const { group, shard } = this.groupOf(line[0]!);
      let unit = open.get(group);
      const fits = (u: Unit | undefined, e: Entry) => {
        const grown = u ? u.size!.bytesWith({ ...e.record, dataBytes: e.dataBytes }) : e.bytes + 64;
        return (!u || grown <= max) && size - (u?.size!.bytes ?? 0) + grown <= this.o.maxBatchBytes;
      };
      if (unit && !fits(unit, line[0]!)) unit = undefined;
      if (!unit) {
        if (units.length >= this.o.maxBatchRecords || (units.length > 0 && !fits(undefined, line[0]!))) break;
        unit = { entries: [], shard, size: new AggregateSize() };
        units.push(unit);
        open.set(group, unit);
      }
      // The key's records in put order, while they go to the same shard and fit: all in this one
      // aggregate, so they are stored or failed together and none passes an earlier one.
      for (const e of line) {
        if (unit.entries.length > 0 && (!fits(unit, e) || this.groupOf(e).group !== group)) break;
        size -= unit.size!.bytes;
        unit.size!.add({ ...e.record, dataBytes: e.dataBytes });
        size += unit.size!.bytes;
        unit.entries.push(e);
      }
      this.ready.delete(key);
      this.busy.add(key);
    }
    return units;
  }

  private sendBatch(): void {
    const units = this.takeUnits();
    if (this.ready.size === 0 && this.lingerTimer) {
      clearTimeout(this.lingerTimer);
      this.lingerTimer = undefined;
    }
    this.inFlight++;
    for (const u of units) for (const e of u.entries) e.attempts++;
    const target = this.stream.StreamARN !== undefined ? { StreamARN: this.stream.StreamARN, StreamName: this.stream.StreamName } : { StreamName: this.stream.StreamName };
    Promise.all(units.map((u) => (u.entries.length === 1 ? u.entries[0]!.record : aggregate(u.entries.map((e) => e.record)))))
      .then((Records) => this.client.send(new PutRecordsCommand({ ...target, Records })))
      .then(
        (out) => this.settle(units, out),
        (err: unknown) => this.settle(units, undefined, err),
      )
      .finally(() => {
        this.inFlight--;
        this.pump();
      });
  }

  private settle(units: Unit[], out: PutRecordsOutput | undefined, err?: unknown): void {
    units.forEach((u, i) => {
      const r = out?.Records?.[i];
      if (r && r.ErrorCode === undefined && r.SequenceNumber !== undefined) {
        if (u.shard !== undefined && r.ShardId !== undefined && r.ShardId !== u.shard) this.shards = undefined; // resharded: list again
        u.entries.forEach((e, j) => {
          this.done(e.record.PartitionKey);
          const result: ProducerResult = { ShardId: r.ShardId!, SequenceNumber: r.SequenceNumber!, attempts: e.attempts };
          if (this.o.aggregate) result.SubSequenceNumber = u.entries.length === 1 ? 0 : j;
          e.resolve(result);
        });
        return;
      }
      const code = r?.ErrorCode ?? (err as { name?: string })?.name ?? 'MissingResult';
      const message = r?.ErrorMessage ?? (err as Error)?.message ?? 'the response has no result for this record';
      // A whole request that failed is retried when the client calls its error retryable
      // (throttling, 5xx, network): the client has already spent its own tries on it.
      const retryable = r ? RETRYABLE_CODES.has(code) : err === undefined || isRetryable(err);
      const retry = new Map<string, number>();
      for (const e of u.entries) {
        const key = e.record.PartitionKey;
        // A key's records here are the head of its line, the earlier sent at least as often as
        // the later: those out of tries are a prefix, settled; the rest wait for their retry.
        if (!retry.has(key) && (!retryable || e.attempts >= this.o.maxAttempts)) {
          this.done(key);
          e.reject(new ProducerRecordError(code, message, e.attempts, { cause: err }));
        } else if (!retry.has(key)) retry.set(key, e.attempts);
      }
      for (const [key, attempts] of retry) {
        // The key stays busy until its retry is due: no later record of it may pass this one.
        this.busy.add(key);
        this.ready.delete(key);
        const delay = Math.random() * Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (attempts - 1));
        const t = setTimeout(() => {
          this.retryTimers.delete(t);
          this.busy.delete(key);
          this.ready.add(key);
          this.pump();
        }, delay);
        this.retryTimers.add(t);
      }
    });
  }

  /** The key's head is settled: release it, and make the key's next record ready. */
  private done(key: string): void {
    const line = this.lines.get(key)!;
    const e = line.shift()!;
    this.records--;
    this.bytes -= e.bytes;
    this.busy.delete(key);
    // (Aggregating, a key may settle several records in a row: the last leaves it not ready.)
    if (line.length === 0) {
      this.lines.delete(key);
      this.ready.delete(key);
    } else this.ready.add(key);
    const w = this.spaceWaiters.shift();
    if (w) w();
    if (this.records === 0) for (const i of this.idleWaiters.splice(0)) i();
  }
}

function isRetryable(err: unknown): boolean {
  const e = err as { $retryable?: unknown; $fault?: string; name?: string };
  return Boolean(e?.$retryable) || e?.$fault === 'server' || e?.name === 'NetworkError' || e?.name === 'TimeoutError';
}
