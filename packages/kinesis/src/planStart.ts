// Where each shard of a stream starts when a ShardReader begins: the pure part of the
// reader, kept apart so the rules below can be tested without a server.
import type { Shard, ShardIteratorType } from './shapes.js';

/** Where a reader starts in the shards it begins with (shards born later start at their beginning). */
export type ReadStart =
  | 'TRIM_HORIZON'
  | 'LATEST'
  /** A record's sequence number: that shard starts there (ShardId, or the shard the service
   * accepts it for); its ancestors count as read; every other shard starts at TRIM_HORIZON. */
  | { AT_SEQUENCE_NUMBER: string; ShardId?: string }
  | { AFTER_SEQUENCE_NUMBER: string; ShardId?: string }
  /** Every shard open or closed at the start begins at the first record at or after this
   * time (GetShardIterator AT_TIMESTAMP): a time is the same point in every shard, so a
   * parent and its children all start there. */
  | { AT_TIMESTAMP: Date };

/** A start at a record's sequence number (as opposed to a position every shard shares). */
export const isSequenceStart = (from: ReadStart): from is { AT_SEQUENCE_NUMBER: string; ShardId?: string } | { AFTER_SEQUENCE_NUMBER: string; ShardId?: string } =>
  typeof from === 'object' && !('AT_TIMESTAMP' in from);

/** What a reader has delivered: JSON-safe, handed to a new reader to resume. */
export interface ReaderCheckpoint {
  /** The sequence number of the last record yielded, per shard. */
  shards: Record<string, string>;
  /** Shards read to their end (closed, no NextShardIterator). */
  finished: string[];
}

export interface StartPosition {
  ShardIteratorType: ShardIteratorType;
  StartingSequenceNumber?: string;
  Timestamp?: Date;
}

export interface ShardPlan {
  /** Nothing of this shard is left to read. */
  finished: boolean;
  start: StartPosition;
}

export const parentsOf = (s: Shard): string[] => [s.ParentShardId, s.AdjacentParentShardId].filter((p): p is string => !!p);

const isClosed = (s: Shard) => !!s.SequenceNumberRange?.EndingSequenceNumber;

/**
 * Plans every listed shard:
 * - a shard in `checkpoint.finished` is done; one with a checkpointed sequence number goes on
 *   right after it (AFTER_SEQUENCE_NUMBER);
 * - `LATEST`: closed shards hold only the past, so they count as read;
 * - a sequence-number start: `target` (the shard it belongs to) starts there, its ancestors
 *   count as read;
 * - a shard whose parents this plan skipped (or that has none listed) starts at `from`;
 *   a shard whose parents are still to be read (or were read by the checkpoint's reader)
 *   starts at TRIM_HORIZON, so nothing written to it after the split or merge is lost.
 */
export function planStart(shards: readonly Shard[], from: ReadStart, checkpoint?: ReaderCheckpoint, target?: string): Map<string, ShardPlan> {
  const byId = new Map(shards.map((s) => [s.ShardId, s]));
  const seqs = checkpoint?.shards ?? {};
  const done = new Set(checkpoint?.finished ?? []);
  // Shards this start position skips (as opposed to shards read, here or by a checkpoint's reader).
  const skipped = new Set<string>();
  if (from === 'LATEST') for (const s of shards) if (isClosed(s) && !(s.ShardId in seqs) && !done.has(s.ShardId)) skipped.add(s.ShardId);
  if (isSequenceStart(from) && target) {
    const stack = [...parentsOf(byId.get(target) ?? ({} as Shard))];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      const s = byId.get(id);
      if (!s || skipped.has(id) || id in seqs || done.has(id)) continue;
      skipped.add(id);
      stack.push(...parentsOf(s));
    }
  }
  const plan = new Map<string, ShardPlan>();
  for (const s of shards) {
    const id = s.ShardId;
    const seq = seqs[id];
    if (done.has(id) || skipped.has(id)) plan.set(id, { finished: true, start: { ShardIteratorType: 'TRIM_HORIZON' } });
    else if (seq !== undefined) plan.set(id, { finished: false, start: { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: seq } });
    else if (typeof from === 'object' && 'AT_TIMESTAMP' in from) plan.set(id, { finished: false, start: { ShardIteratorType: 'AT_TIMESTAMP', Timestamp: from.AT_TIMESTAMP } });
    else if (isSequenceStart(from)) {
      const type = 'AT_SEQUENCE_NUMBER' in from ? 'AT_SEQUENCE_NUMBER' : 'AFTER_SEQUENCE_NUMBER';
      const start: StartPosition = id === target ? { ShardIteratorType: type, StartingSequenceNumber: 'AT_SEQUENCE_NUMBER' in from ? from.AT_SEQUENCE_NUMBER : from.AFTER_SEQUENCE_NUMBER } : { ShardIteratorType: 'TRIM_HORIZON' };
      plan.set(id, { finished: false, start });
    } else {
      const fresh = parentsOf(s).every((p) => !byId.has(p) || skipped.has(p));
      plan.set(id, { finished: false, start: { ShardIteratorType: fresh ? from : 'TRIM_HORIZON' } });
    }
  }
  return plan;
}
