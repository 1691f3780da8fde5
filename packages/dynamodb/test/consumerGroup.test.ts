// A consumer group across processes: kinesalite and moto's DynamoDB started here, worker
// processes (consumerWorker.ts through tsx) sharing an 8-shard stream's leases while records
// flow; one worker is killed (SIGKILL) mid-way, one joins later, one shard is split and two
// are merged. Every record is handled at least once; duplicates are counted and come only
// from lease hand-overs; no shard is processed by two workers past a lease expiry; after a
// full restart the workers resume from the checkpoints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKinesalite, startMoto, type Peer } from '@skiff/testkit';
import {
  CreateStreamCommand, DescribeStreamCommand, KinesisClient, MergeShardsCommand, PutRecordCommand, SplitShardCommand, waitUntilStreamExists,
  type Shard,
} from '@skiff/kinesis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DynamoDBClient, DynamoDBLeaseStore, ScanCommand } from '../src/index.js';

const STREAM = 'group-it';
const TABLE = 'group-it-leases';
const FAILOVER_MS = 2000;
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

let kinesalite: Peer;
let moto: Peer;
let kinesis: KinesisClient;
let store: DynamoDBLeaseStore;
let dir: string;
const children = new Set<ChildProcess>();

interface Batch { w: string; shard: string; seqs: string[]; t0: number }

function startWorker(id: string): ChildProcess {
  const script = fileURLToPath(new URL('./consumerWorker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env, WORKER_ID: id, LOG_FILE: join(dir, `${id}.log`), STREAM, TABLE, FAILOVER_MS: String(FAILOVER_MS),
      KINESIS_ENDPOINT: kinesalite.endpoint, DYNAMODB_ENDPOINT: moto.endpoint,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  child.on('exit', (code, sig) => {
    children.delete(child);
    if (code !== 0 && sig !== 'SIGKILL') console.error(`worker ${id} exited ${code ?? sig}: ${err}`);
  });
  children.add(child);
  return child;
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null || c.signalCode !== null ? r(c.exitCode) : c.once('exit', (code) => r(code))));

function lines(id: string): Array<Record<string, unknown>> {
  try {
    return readFileSync(join(dir, `${id}.log`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch {
    return [];
  }
}
const batches = (ids: string[]): Batch[] => ids.flatMap((id) => lines(id).filter((l) => 'seqs' in l) as unknown as Batch[]);

async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  // A condition that throws (the lease table not created yet) is not met yet.
  while (!(await Promise.resolve().then(cond).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function shards(): Promise<Shard[]> {
  return (await kinesis.send(new DescribeStreamCommand({ StreamName: STREAM }))).StreamDescription!.Shards;
}
const open = (s: Shard) => s.SequenceNumberRange.EndingSequenceNumber === undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skiff-group-'));
  [kinesalite, moto] = await Promise.all([startKinesalite({ shardLimit: 50, updateStreamMs: 200 }), startMoto()]);
  kinesis = new KinesisClient({ region: 'us-east-1', endpoint: kinesalite.endpoint, credentials });
  store = new DynamoDBLeaseStore(new DynamoDBClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials }), { tableName: TABLE });
  await kinesis.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 8 }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 }, { StreamName: STREAM });
});

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await Promise.all([kinesalite?.stop(), moto?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('three workers share an 8-shard stream through a kill, a join, a split and a merge; checkpoints survive a full restart', async () => {
  const put: string[] = [];
  let producing = true;
  let n = 0;
  // Four writers, as fast as the machine lets them (a few hundred records a second).
  const producers = Array.from({ length: 4 }, async (_, p) => {
    while (producing) {
      const out = await kinesis.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `key-${p}-${n++ % 64}`, Data: `r${n}` }));
      put.push(out.SequenceNumber!);
      await sleep(5);
    }
  });
  // A failed put fails the test at the await below, not as an unhandled rejection.
  const produced = Promise.all(producers);
  produced.catch(() => (producing = false));

  const a = startWorker('a');
  const b = startWorker('b');
  // Kill a only once the two hold an even share (4 and 4): before that b may rightly steal a's
  // unexpired leases toward its share, which is balancing, not failover.
  const owned = async (w: string) => (await store.listLeases()).filter((l) => l.leaseOwner === w).map((l) => l.leaseKey);
  await until(async () => (await owned('a')).length === 4 && (await owned('b')).length === 4, 60_000, 'a and b to hold 4 leases each');
  await sleep(2000);
  a.kill('SIGKILL'); // mid-way: its leases stay owned until they expire
  const killedAt = Date.now();
  // What a held when it died, from the lease table (nobody else writes a's leases until they expire).
  const heldByA = await owned('a');
  await sleep(1500);
  startWorker('c');

  // Split the shard with the widest range at its middle, then merge two adjacent open shards.
  const before = (await shards()).filter(open);
  const wide = before.reduce((x, y) => (BigInt(y.HashKeyRange.EndingHashKey) - BigInt(y.HashKeyRange.StartingHashKey) > BigInt(x.HashKeyRange.EndingHashKey) - BigInt(x.HashKeyRange.StartingHashKey) ? y : x));
  const mid = (BigInt(wide.HashKeyRange.StartingHashKey) + BigInt(wide.HashKeyRange.EndingHashKey)) / 2n;
  await kinesis.send(new SplitShardCommand({ StreamName: STREAM, ShardToSplit: wide.ShardId, NewStartingHashKey: String(mid) }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 }, { StreamName: STREAM });
  await sleep(2000);
  const now = (await shards()).filter(open).sort((x, y) => (BigInt(x.HashKeyRange.StartingHashKey) < BigInt(y.HashKeyRange.StartingHashKey) ? -1 : 1));
  const pair = now.findIndex((s, i) => i + 1 < now.length && !s.ParentShardId && !now[i + 1]!.ParentShardId && BigInt(s.HashKeyRange.EndingHashKey) + 1n === BigInt(now[i + 1]!.HashKeyRange.StartingHashKey));
  await kinesis.send(new MergeShardsCommand({ StreamName: STREAM, ShardToMerge: now[pair]!.ShardId, AdjacentShardToMerge: now[pair + 1]!.ShardId }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 }, { StreamName: STREAM });
  // The late joiner takes (steals) its share while records still flow.
  await until(async () => (await store.listLeases()).some((l) => l.leaseOwner === 'c'), 60_000, 'c to hold a lease');
  await sleep(3000);
  producing = false;
  await produced;

  const all = ['a', 'b', 'c'];
  await until(() => {
    const got = new Set(batches(all).flatMap((x) => x.seqs));
    return put.every((s) => got.has(s));
  }, 90_000, 'every record to be handled');

  const handled = batches(all).flatMap((x) => x.seqs.map((seq) => ({ seq, w: x.w, shard: x.shard, t0: x.t0 })));
  const unique = new Set(handled.map((h) => h.seq));
  const duplicates = handled.length - unique.size;
  // Every duplicate comes from a hand-over: a record handled again by another worker.
  const byseq = new Map<string, Set<string>>();
  for (const h of handled) byseq.set(h.seq, (byseq.get(h.seq) ?? new Set()).add(h.w));
  const counts = new Map<string, number>();
  for (const h of handled) counts.set(h.seq, (counts.get(h.seq) ?? 0) + 1);
  const sameWorkerDupes = [...counts].filter(([seq, c]) => c > byseq.get(seq)!.size).length;

  // No shard processed by two workers past a lease expiry: once another worker has started
  // on a shard, its previous owner starts no batch there more than the failover time later.
  let overlaps = 0;
  const byShard = new Map<string, Batch[]>();
  for (const x of batches(all)) byShard.set(x.shard, [...(byShard.get(x.shard) ?? []), x]);
  for (const list of byShard.values()) {
    list.sort((x, y) => x.t0 - y.t0);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.w === list[i - 1]!.w) continue;
      const takeover = list[i]!.t0;
      const old = list[i - 1]!.w;
      const next = list.slice(i + 1).find((x) => x.w !== list[i]!.w);
      if (next && next.w === old && next.t0 - takeover > FAILOVER_MS && list.slice(i, list.indexOf(next)).every((x) => x.t0 < next.t0)) {
        // The old owner is back: fine only if it took the lease again (the new owner lost it first).
        if (list.slice(list.indexOf(next) + 1).some((x) => x.w === list[i]!.w && x.t0 < next.t0 + FAILOVER_MS)) overlaps++;
      }
    }
  }
  const cBatches = batches(['c']);
  const bMetrics = lines('b').filter((l) => 'metrics' in l).at(-1)?.metrics as { recordsPerSecond: number; leasesHeld: number; shards: Record<string, { millisBehindLatest?: number }> };
  console.log(`[consumer group] records put ${put.length}, handled ${handled.length}, unique ${unique.size}, duplicates ${duplicates} (same worker ${sameWorkerDupes}), overlaps past expiry ${overlaps}, c handled ${cBatches.reduce((s, x) => s + x.seqs.length, 0)}, b last metrics: ${JSON.stringify({ rps: bMetrics?.recordsPerSecond, leases: bMetrics?.leasesHeld })}`);

  expect(put.length).toBeGreaterThan(1000);
  expect(put.every((s) => unique.has(s))).toBe(true);
  expect(overlaps).toBe(0);
  expect(cBatches.length).toBeGreaterThan(0); // the late joiner got a share
  // a was killed without releasing: b and c took its leases only after the failover time.
  expect(heldByA.length).toBeGreaterThan(0);
  const firstAfterKill = batches(['b', 'c']).filter((x) => x.t0 > killedAt && heldByA.includes(x.shard)).map((x) => x.t0 - killedAt).sort((p, q) => p - q)[0];
  // a renewed at most FAILOVER_MS / 4 before it died; its leases stood still a failover time after that.
  expect(firstAfterKill).toBeGreaterThanOrEqual(FAILOVER_MS - FAILOVER_MS / 4 - 100);
  expect(bMetrics.shards).toBeTypeOf('object');

  // Parents before children: a child shard's first batch comes after its parents' last.
  const all2 = await shards();
  for (const s of all2) {
    const parents = [s.ParentShardId, s.AdjacentParentShardId].filter(Boolean) as string[];
    if (!parents.length || !byShard.has(s.ShardId)) continue;
    const firstChild = Math.min(...byShard.get(s.ShardId)!.map((x) => x.t0));
    for (const p of parents) for (const x of byShard.get(p) ?? []) expect(x.t0).toBeLessThanOrEqual(firstChild);
  }
  // The items the workers wrote are KCL 2.x lease items: its attribute names and types only.
  const KCL_TYPES: Record<string, string> = {
    leaseKey: 'S', leaseOwner: 'S', leaseCounter: 'N', checkpoint: 'S', checkpointSubSequenceNumber: 'N', ownerSwitchesSinceCheckpoint: 'N',
    parentShardId: 'SS', childShardIds: 'SS', startingHashKey: 'S', endingHashKey: 'S',
  };
  const items = (await store.client.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }))).Items!;
  expect(items).toHaveLength(all2.length);
  for (const item of items) {
    for (const [name, value] of Object.entries(item)) expect(Object.keys(value), name).toEqual([KCL_TYPES[name]]);
    for (const name of ['leaseKey', 'leaseCounter', 'checkpoint', 'checkpointSubSequenceNumber', 'ownerSwitchesSinceCheckpoint', 'startingHashKey', 'endingHashKey']) expect(item, name).toHaveProperty(name);
  }
  const leases = await store.listLeases();
  expect(leases.filter((l) => l.checkpoint === 'SHARD_END').length).toBe(3); // the split parent and the two merged
  expect(leases.find((l) => l.leaseKey === wide.ShardId)?.childShardIds).toHaveLength(2);

  // Full restart: b and c stop cleanly (SIGTERM: checkpoints written, leases released)...
  for (const c of [...children]) c.kill('SIGTERM');
  await Promise.all([...children].map(exited));
  expect((await store.listLeases()).every((l) => l.leaseOwner === undefined)).toBe(true);
  // ... new records arrive, new workers start: they handle the new records and none of the old.
  const later: string[] = [];
  for (let i = 0; i < 200; i++) later.push((await kinesis.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `after-${i}`, Data: `late${i}` }))).SequenceNumber!);
  startWorker('d');
  startWorker('e');
  await until(() => {
    const got = new Set(batches(['d', 'e']).flatMap((x) => x.seqs));
    return later.every((s) => got.has(s));
  }, 60_000, 'the restarted workers to handle the new records');
  const again = batches(['d', 'e']).flatMap((x) => x.seqs).filter((s) => unique.has(s));
  console.log(`[consumer group] after restart: ${later.length} new records handled, ${again.length} old records handled again`);
  expect(again).toEqual([]);
  for (const c of [...children]) c.kill('SIGTERM');
  await Promise.all([...children].map(exited));
}, 300_000);
