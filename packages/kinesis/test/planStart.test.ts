// Where each shard starts: the pure rules of the shard reader (planStart.ts).
import { describe, expect, it } from 'vitest';
import { planStart, type Shard } from '../src/index.js';

const sh = (id: string, opts: { parent?: string; adjacent?: string; closed?: boolean } = {}): Shard => ({
  ShardId: id,
  ...(opts.parent ? { ParentShardId: opts.parent } : {}),
  ...(opts.adjacent ? { AdjacentParentShardId: opts.adjacent } : {}),
  HashKeyRange: { StartingHashKey: '0', EndingHashKey: '1' },
  SequenceNumberRange: { StartingSequenceNumber: '1', ...(opts.closed ? { EndingSequenceNumber: '9' } : {}) },
});
// s0 was split into s2 and s3; s1 and s3 were merged into s4.
const stream = [sh('s0', { closed: true }), sh('s1', { closed: true }), sh('s2', { parent: 's0' }), sh('s3', { parent: 's0', closed: true }), sh('s4', { parent: 's1', adjacent: 's3' })];
const summary = (p: ReturnType<typeof planStart>) => Object.fromEntries([...p].map(([id, v]) => [id, v.finished ? 'done' : `${v.start.ShardIteratorType}${v.start.StartingSequenceNumber ? ` ${v.start.StartingSequenceNumber}` : ''}`]));

describe('planStart', () => {
  it('TRIM_HORIZON: roots at the horizon, children from their start (after their parents)', () => {
    expect(summary(planStart(stream, 'TRIM_HORIZON'))).toEqual({ s0: 'TRIM_HORIZON', s1: 'TRIM_HORIZON', s2: 'TRIM_HORIZON', s3: 'TRIM_HORIZON', s4: 'TRIM_HORIZON' });
  });

  it('LATEST: closed shards hold only the past; open shards whose parents were skipped start at LATEST', () => {
    expect(summary(planStart(stream, 'LATEST'))).toEqual({ s0: 'done', s1: 'done', s2: 'LATEST', s3: 'done', s4: 'LATEST' });
  });

  it('a checkpoint: finished shards are done, others go on after their last record, children of read parents from their start', () => {
    const cp = { shards: { s1: '5', s2: '7' }, finished: ['s0', 's3'] };
    expect(summary(planStart(stream, 'TRIM_HORIZON', cp))).toEqual({ s0: 'done', s1: 'AFTER_SEQUENCE_NUMBER 5', s2: 'AFTER_SEQUENCE_NUMBER 7', s3: 'done', s4: 'TRIM_HORIZON' });
    // Even with LATEST, a shard whose parents were read starts at its beginning: nothing is lost.
    expect(summary(planStart(stream, 'LATEST', { shards: {}, finished: ['s0', 's1', 's3'] }))).toEqual({ s0: 'done', s1: 'done', s2: 'TRIM_HORIZON', s3: 'done', s4: 'TRIM_HORIZON' });
  });

  it("a sequence number: its shard starts there, its ancestors are done, other shards from the horizon", () => {
    expect(summary(planStart(stream, { AFTER_SEQUENCE_NUMBER: '42' }, undefined, 's4'))).toEqual({ s0: 'done', s1: 'done', s2: 'TRIM_HORIZON', s3: 'done', s4: 'AFTER_SEQUENCE_NUMBER 42' });
    expect(summary(planStart(stream, { AT_SEQUENCE_NUMBER: '42' }, undefined, 's1'))).toEqual({ s0: 'TRIM_HORIZON', s1: 'AT_SEQUENCE_NUMBER 42', s2: 'TRIM_HORIZON', s3: 'TRIM_HORIZON', s4: 'TRIM_HORIZON' });
  });

  it('a parent no longer listed (trimmed) does not hold its child back', () => {
    expect(summary(planStart([sh('s5', { parent: 'gone' })], 'LATEST'))).toEqual({ s5: 'LATEST' });
  });
});
