// One worker of the consumer group test (consumerGroup.test.ts), run as its own process
// through tsx. Each handled batch is appended to a log file as one JSON line, synchronously,
// so a worker killed with SIGKILL leaves every batch it handled on disk. SIGTERM stops it
// cleanly (the abort signal path): leases released, exit code 0.
import { appendFileSync } from 'node:fs';
import { KinesisClient, KinesisConsumer } from '@skiff/kinesis';
import { DynamoDBClient, DynamoDBLeaseStore } from '../src/index.js';

const env = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set`);
  return v;
};
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const workerId = env('WORKER_ID');
const log = env('LOG_FILE');
const ac = new AbortController();
process.on('SIGTERM', () => ac.abort());

const consumer = new KinesisConsumer(new KinesisClient({ region: 'us-east-1', endpoint: env('KINESIS_ENDPOINT'), credentials }), {
  StreamName: env('STREAM'),
  workerId,
  leaseStore: new DynamoDBLeaseStore(new DynamoDBClient({ region: 'us-east-1', endpoint: env('DYNAMODB_ENDPOINT'), credentials }), { tableName: env('TABLE') }),
  failoverTimeMs: Number(env('FAILOVER_MS')),
  renewIntervalMs: Number(env('FAILOVER_MS')) / 4,
  takeIntervalMs: 500,
  shardSyncIntervalMs: 1000,
  idleDelayMs: 100,
  maxLeasesToStealAtOneTime: 2,
  limit: 200,
  abortSignal: ac.signal,
  metricsIntervalMs: 1000,
  onMetrics: (m) => appendFileSync(log, JSON.stringify({ metrics: m, t: Date.now() }) + '\n'),
  handler: (records, ctx) => {
    const t0 = Date.now();
    appendFileSync(log, JSON.stringify({ w: workerId, shard: ctx.shardId, seqs: records.map((r) => r.SequenceNumber), t0 }) + '\n');
  },
});
appendFileSync(log, JSON.stringify({ started: workerId, t: Date.now() }) + '\n');
await consumer.start();
appendFileSync(log, JSON.stringify({ stopped: workerId, t: Date.now(), failures: consumer.failures }) + '\n');
process.exit(0);
