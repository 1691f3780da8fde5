// One held lease at work: wait until the shard's parents are read to their end, then
// GetRecords, handler, checkpoint, until the shard ends, the lease is lost, or the worker stops.
import { isServiceError, sleep } from '@skiff/core';
import type { HeldLease, KinesisConsumer } from './KinesisConsumer.js';
import { SHARD_END } from './LeaseStore.js';
import { deaggregate, hasAggregationMagic } from './deaggregate.js';
import type { _Record } from './shapes.js';

const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'LimitExceededException', 'Throttling', 'ThrottlingException']);

export class ShardProcessor {
  done: Promise<void> = Promise.resolve();

  constructor(
    private readonly consumer: KinesisConsumer,
    private readonly h: HeldLease,
  ) {}

  start(): void {
    this.done = this.run().then(() => {
      // Ended without losing the lease (renewals failing, say): let it go rather than sit on it.
      if (!this.consumer.signal.aborted && !this.h.lost) return this.consumer.release(this.h);
    }, (e) => {
      // A failed handler or read: hand the lease back, so it is read again from the last checkpoint.
      this.consumer.failures.push(`${this.h.lease.leaseKey}: ${(e as Error).name}: ${(e as Error).message}`);
      if (!this.consumer.signal.aborted) return this.consumer.release(this.h);
    });
  }

  private get shardId(): string {
    return this.h.lease.leaseKey;
  }

  private async pause(ms: number): Promise<boolean> {
    try {
      await sleep(ms, this.consumer.signal);
      return true;
    } catch {
      return false;
    }
  }

  private async run(): Promise<void> {
    const c = this.consumer;
    const id = this.shardId;
    if (this.h.lease.checkpoint === SHARD_END) return c.release(this.h);
    while (!(await c.parentsDone(this.h.lease))) {
      if (!c.holds(id) || !(await this.pause(c.idleDelayMs))) return;
    }
    let iterator = await c.iterator(id, this.h.lease.checkpoint);
    let empties = 0;
    while (iterator && c.holds(id)) {
      let out;
      try {
        out = await c.getRecords(iterator);
      } catch (e) {
        if (c.signal.aborted) return;
        if (isServiceError(e, 'ExpiredIteratorException')) {
          iterator = await c.iterator(id, this.h.lease.checkpoint);
          continue;
        }
        if (isServiceError(e) && THROTTLING.has(e.name)) {
          if (!(await this.pause(c.idleDelayMs))) return;
          continue;
        }
        throw e;
      }
      const records = out.Records ?? [];
      // The lease may have gone while the read was in flight: then the batch is the new owner's.
      if (records.length && c.holds(id)) {
        const batch = c.options.deaggregate === false || !records.some((r) => hasAggregationMagic(r.Data)) ? records : await userRecords(records);
        await c.options.handler(batch, { shardId: id, workerId: c.workerId, millisBehindLatest: out.MillisBehindLatest });
        c.recordBatch(id, batch.length, out.MillisBehindLatest);
        if (!(await c.checkpoint(this.h, records.at(-1)!.SequenceNumber))) return;
      } else if (!records.length) {
        c.recordBatch(id, 0, out.MillisBehindLatest);
      }
      iterator = out.NextShardIterator ?? undefined;
      if (!iterator) {
        // Read to its end: record the children, so they may start, and let the lease go.
        if (await c.checkpoint(this.h, SHARD_END, await c.childrenOf(id))) await c.release(this.h);
        return;
      }
      empties = records.length ? 0 : empties + 1;
      if (!records.length && !(await this.pause(Math.min(c.idleDelayMs * 2 ** Math.min(empties - 1, 4), c.idleDelayMs * 8)))) return;
    }
  }
}

/** A batch with its KPL aggregated records replaced by their user records. */
async function userRecords(records: _Record[]): Promise<_Record[]> {
  const out: _Record[] = [];
  for (const r of records) {
    if (!hasAggregationMagic(r.Data)) out.push(r);
    else for (const u of await deaggregate(r)) out.push(u.Aggregated ? u : r);
  }
  return out;
}
