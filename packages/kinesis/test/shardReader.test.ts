// The shard reader's rules against an in-memory Kinesis (fakeKinesis.ts): failure paths,
// resharding order, checkpoints, stopping. The same reader against kinesalite: kinesalite.test.ts.
import { describe, expect, it } from 'vitest';
import { readStream, ShardReader, type StreamRecord } from '../src/index.js';
import { FakeKinesis } from './fakeKinesis.js';

const S = 'stream';
async function collect(it: AsyncIterable<StreamRecord>, max = Infinity): Promise<StreamRecord[]> {
  const out: StreamRecord[] = [];
  for await (const r of it) {
    out.push(r);
    if (out.length >= max) break;
  }
  return out;
}
const seqs = (rs: StreamRecord[]) => rs.map((r) => r.SequenceNumber);

describe('ShardReader', () => {
  it('reads every shard, yields records with their ShardId and Data as bytes, and stops when caught up', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    k.addShard('s1');
    const put = [k.put('s0', 'a', 'one'), k.put('s1', 'b', 'two'), k.put('s0', 'a', 'three')];
    const got = await collect(readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5 }));
    expect(seqs(got).sort()).toEqual([...put].sort());
    expect(got.find((r) => r.SequenceNumber === put[1])).toMatchObject({ ShardId: 's1', PartitionKey: 'b' });
    expect(new TextDecoder().decode(got.find((r) => r.SequenceNumber === put[2])!.Data)).toBe('three');
    expect(seqs(got.filter((r) => r.ShardId === 's0'))).toEqual([put[0], put[2]]);
  });

  it('reads a parent to its end before its children, and a merged child after both parents', async () => {
    const k = new FakeKinesis();
    // s0 split into s1 and s2; then s1 and s2 merged into s3.
    k.addShard('s0', { closed: true });
    k.addShard('s1', { parent: 's0', closed: true });
    k.addShard('s2', { parent: 's0', closed: true });
    k.addShard('s3', { parent: 's1', adjacent: 's2' });
    for (let i = 0; i < 5; i++) k.put('s0', 'k', `p${i}`);
    for (let i = 0; i < 3; i++) k.put('s1', 'k', `c${i}`), k.put('s2', 'j', `d${i}`);
    for (let i = 0; i < 4; i++) k.put('s3', 'k', `m${i}`);
    const got = await collect(readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5, limit: 2 }));
    const order = got.map((r) => r.ShardId);
    expect(got).toHaveLength(5 + 6 + 4);
    expect(order.lastIndexOf('s0')).toBeLessThan(Math.min(order.indexOf('s1'), order.indexOf('s2')));
    expect(Math.max(order.lastIndexOf('s1'), order.lastIndexOf('s2'))).toBeLessThan(order.indexOf('s3'));
    // Partition key k in order across the generations.
    expect(got.filter((r) => r.PartitionKey === 'k').map((r) => new TextDecoder().decode(r.Data))).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'c0', 'c1', 'c2', 'm0', 'm1', 'm2', 'm3']);
  });

  it('re-acquires an expired iterator right after the last record delivered', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    const put = Array.from({ length: 6 }, (_, i) => k.put('s0', 'k', `r${i}`));
    k.fault = (call, n) => (call.op === 'GetRecords' && n === 2 ? 'ExpiredIteratorException' : undefined);
    const got = await collect(readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5, limit: 2 }));
    expect(seqs(got)).toEqual(put);
    const reacquire = k.calls.filter((c) => c.op === 'GetShardIterator');
    expect(reacquire.map((c) => c.input.ShardIteratorType)).toEqual(['TRIM_HORIZON', 'AFTER_SEQUENCE_NUMBER']);
    expect(reacquire[1]!.input.StartingSequenceNumber).toBe(put[1]);
  });

  it('backs off on throttling beyond the client retries, then goes on', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    const put = [k.put('s0', 'k', 'x'), k.put('s0', 'k', 'y')];
    // Four throttled GetRecords: the client's two attempts, twice.
    k.fault = (call, n) => (call.op === 'GetRecords' && n <= 4 ? 'ProvisionedThroughputExceededException' : undefined);
    const t0 = Date.now();
    const got = await collect(readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5, throttleDelay: 100 }));
    expect(seqs(got)).toEqual(put);
    expect(k.count('GetRecords')).toBeGreaterThanOrEqual(5);
    // Two reader backoffs: at least 50 ms, then at least 100 ms (jittered halves of 100, 200).
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
  });

  it('backs off on empty reads instead of polling hot', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    const got = await collect(readStream(k.client(), { StreamName: S, idleDelay: 40, idleTimeoutMs: 600 }));
    expect(got).toEqual([]);
    // 0, 40, 120, 280, 600 ms: a handful of reads, not hundreds.
    expect(k.count('GetRecords')).toBeGreaterThanOrEqual(3);
    expect(k.count('GetRecords')).toBeLessThanOrEqual(6);
  });

  it('checkpoints what was yielded; a new reader resumes from it without loss or repeat', async () => {
    const k = new FakeKinesis();
    k.addShard('s0', { closed: true });
    k.addShard('s1', { parent: 's0' });
    k.addShard('s2');
    for (let i = 0; i < 4; i++) k.put('s0', 'a', `${i}`);
    for (let i = 0; i < 3; i++) k.put('s1', 'a', `${i}`), k.put('s2', 'b', `${i}`);
    const all = seqs(await collect(readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5 })));
    expect(all).toHaveLength(10);
    for (const cut of [1, 4, 5, 8]) {
      const first = new ShardReader(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5, limit: 3 });
      const head = await collect(first, cut);
      const cp = JSON.parse(JSON.stringify(first.checkpoint()));
      const tail = await collect(readStream(k.client(), { StreamName: S, checkpoint: cp, stopWhenCaughtUp: true, idleDelay: 5 }));
      expect([...seqs(head), ...seqs(tail)].sort()).toEqual([...all].sort());
    }
  });

  it('does not count a closed shard as finished while its last records are still being yielded', async () => {
    const k = new FakeKinesis();
    k.addShard('s0', { closed: true });
    k.addShard('s1', { parent: 's0' });
    const put = [k.put('s0', 'a', '1'), k.put('s0', 'a', '2')];
    // One response holds both records and the null NextShardIterator.
    const reader = readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true, idleDelay: 5 });
    await collect(reader, 1);
    expect(reader.checkpoint()).toEqual({ shards: { s0: put[0] }, finished: [] });
  });

  it('starts from LATEST, and from a sequence number (finding its shard)', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    k.addShard('s1');
    const old = [k.put('s0', 'a', 'old'), k.put('s1', 'b', 'old')];
    const latest = readStream(k.client(), { StreamName: S, from: 'LATEST', idleDelay: 5, idleTimeoutMs: 300 });
    const it = latest[Symbol.asyncIterator]();
    const pending = it.next();
    await new Promise((r) => setTimeout(r, 50));
    const fresh = k.put('s1', 'b', 'new');
    expect((await pending).value?.SequenceNumber).toBe(fresh);
    await it.return?.();
    const after = await collect(readStream(k.client(), { StreamName: S, from: { AFTER_SEQUENCE_NUMBER: old[1]! }, stopWhenCaughtUp: true, idleDelay: 5 }));
    // s1 goes on after the number; the other shard, s0, is read from its horizon.
    expect(seqs(after).sort()).toEqual([old[0], fresh].sort());
    const at = await collect(readStream(k.client(), { StreamName: S, from: { AT_SEQUENCE_NUMBER: old[1]!, ShardId: 's1' }, stopWhenCaughtUp: true, idleDelay: 5 }));
    expect(seqs(at.filter((r) => r.ShardId === 's1'))).toEqual([old[1], fresh]);
    // A number no shard accepts, or a shard the stream does not have, is an error, not a silent start.
    await expect(collect(readStream(k.client(), { StreamName: S, from: { AT_SEQUENCE_NUMBER: '1' }, stopWhenCaughtUp: true }))).rejects.toBeInstanceOf(RangeError);
    await expect(collect(readStream(k.client(), { StreamName: S, from: { AT_SEQUENCE_NUMBER: old[1]!, ShardId: 's9' }, stopWhenCaughtUp: true }))).rejects.toBeInstanceOf(RangeError);
  });

  it('stops cleanly on abort, while idle and while a request is in flight', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const t0 = Date.now();
    expect(await collect(readStream(k.client(), { StreamName: S, abortSignal: ac.signal, idleDelay: 10_000 }))).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
    k.hang = true;
    const ac2 = new AbortController();
    setTimeout(() => ac2.abort(), 100);
    expect(await collect(readStream(k.client(), { StreamName: S, abortSignal: ac2.signal }))).toEqual([]);
  });

  it('throws what it cannot handle, and runs once', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    k.fault = (call) => (call.op === 'GetRecords' ? 'ResourceNotFoundException' : undefined);
    const reader = readStream(k.client(), { StreamName: S, stopWhenCaughtUp: true });
    await expect(collect(reader)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(await reader.next()).toEqual({ done: true, value: undefined });
  });

  it('is an iterator too: next() by hand, return() to stop; stopAtEnd is stopWhenCaughtUp', async () => {
    const k = new FakeKinesis();
    k.addShard('s0');
    const put = [k.put('s0', 'a', '1'), k.put('s0', 'a', '2'), k.put('s0', 'a', '3')];
    const reader = readStream(k.client(), { StreamName: S, stopAtEnd: true, idleDelay: 5 });
    expect((await reader.next()).value?.SequenceNumber).toBe(put[0]);
    await reader.return();
    expect((await reader.next()).done).toBe(true);
    expect(reader.checkpoint().shards).toEqual({ s0: put[0] });
    expect(seqs(await collect(readStream(k.client(), { StreamName: S, stopAtEnd: true, idleDelay: 5 })))).toEqual(put);
  });
});
