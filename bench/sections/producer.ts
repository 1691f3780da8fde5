// Kinesis PutRecords through Skiff's KinesisProducer vs the AWS SDK v3 sending the same
// records in the same batches with PutRecordsCommand, against bench/servers/putrecords.mjs (a
// stub in a child process that answers every PutRecords at once, so what is measured is the
// client). Records of 100–1000 bytes. The producer forms its own batches (at most 500
// records, at most one record of a partition key per request, 4 requests in flight); a
// thin wrapper around the Skiff client notes each batch it sends and how many are in flight
// at once, and v3 then sends exactly those batches, in that order, with that many in flight.
// Rounds interleave as in the other sections; each run is a fresh producer over all records.
import { KinesisClient as AwsKinesis, PutRecordsCommand as AwsPutRecords } from '@aws-sdk/client-kinesis';
import type { Command, SendOptions } from '@skiff/core';
import { KinesisClient, KinesisProducer } from '@skiff/kinesis';
import { awsConfig, skiffConfig } from '../lib/aws.js';
import { load, median, type LoadResult } from '../lib/measure.js';
import { procCpuMs } from '../lib/procCpu.js';
import type { Section } from '../lib/section.js';
import { ROOT, startNodeServer } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

const IN_FLIGHT = 4; // the producer's default maxInFlight
const BUFFERED = 10_000; // the producer's default maxBufferedRecords
const TARGET_RATIO = 4; // performance.md: records per CPU-second ≥ 4× v3's with the same batches

/** A record as both SDKs take it (Data as bytes; the producer passes entries on as given). */
type Entry = { PartitionKey: string; Data: Uint8Array; ExplicitHashKey?: string };
type Run = LoadResult & { requests: number; serverCpuMs?: number };
interface Stats {
  requests: number;
  records: number;
  dataBytes: number;
  maxBatch: number;
  contentTypes: Record<string, number>;
}

/** The same records for both sides: Data of 100–1000 bytes (deterministic), keys round-robin. */
function makeRecords(n: number, keys: number): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const data = new Uint8Array(100 + ((i * 7919) % 901));
    for (let j = 0; j < data.length; j += 64) data[j] = (i + j) & 255;
    out.push({ PartitionKey: `user-${i % keys}`, Data: data });
  }
  return out;
}

export const producer: Section = {
  id: 'producer',
  title: 'Kinesis PutRecords: KinesisProducer vs v3 PutRecordsCommand (stub server)',
  async run(o) {
    const server = await startNodeServer('putrecords', `${ROOT}bench/servers/putrecords.mjs`);
    const skiff = new KinesisClient(skiffConfig(server.endpoint));
    const aws = new AwsKinesis(awsConfig(server.endpoint));
    const stats = async (reset = true): Promise<Stats> => (await (await fetch(`${server.endpoint}/_stats${reset ? '?reset' : ''}`)).json()) as Stats;
    const StreamName = 'bench';
    const n = o.quick ? 4_000 : 20_000;
    const rows: Row[] = [];
    const notes: string[] = [];
    try {
      // 2,000 keys: enough distinct keys for full 500-record batches, 4 in flight. 64 keys:
      // the producer puts at most one record of a key in a request (per-key order), so its
      // batches hold at most 64 records, and all 64 keys are busy until that request answers.
      for (const keys of [2_000, 64]) {
        const records = makeRecords(n, keys);
        const bytes = records.reduce((s, r) => s + r.Data.byteLength, 0);

        // One producer run; `batches` receives what it sent, for v3 to send the same.
        const runSkiff = async (batches?: Entry[][]): Promise<Run & { peak: number }> => {
          let inFlight = 0;
          let peak = 0;
          let requests = 0;
          const sender = {
            send<I, O>(command: Command<I, O>, options?: SendOptions): Promise<O> {
              requests++;
              batches?.push((command.input as { Records: Entry[] }).Records);
              peak = Math.max(peak, ++inFlight);
              return skiff.send(command, options).finally(() => inFlight--);
            },
          };
          const p = new KinesisProducer(sender, { StreamName, maxInFlight: IN_FLIGHT });
          const s0 = procCpuMs(server.pid);
          const t0 = performance.now();
          const c0 = process.cpuUsage();
          const results: Promise<{ SequenceNumber: string }>[] = [];
          for (const r of records) results.push((await p.submit(r)).result);
          await p.close();
          const settled = await Promise.all(results);
          const c = process.cpuUsage(c0);
          const ms = performance.now() - t0;
          const s1 = procCpuMs(server.pid);
          if (settled.length !== n || settled.some((x) => !x.SequenceNumber)) throw new Error('producer: a record has no SequenceNumber');
          return { n, ms, cpuMs: (c.user + c.system) / 1000, requests, peak, ...(s0 !== undefined && s1 !== undefined ? { serverCpuMs: s1 - s0 } : {}) };
        };
        const runAws = async (batches: Entry[][], concurrency: number): Promise<Run> => {
          let next = 0;
          const send = async () => {
            const Records = batches[next++]!;
            const out = await aws.send(new AwsPutRecords({ StreamName, Records }));
            if ((out.FailedRecordCount ?? 0) !== 0 || out.Records?.length !== Records.length || out.Records.some((r) => !r.SequenceNumber)) throw new Error('v3 PutRecords: a record was not stored');
          };
          const s0 = procCpuMs(server.pid);
          const r = await load(send, { concurrency, count: batches.length, maxMs: 120_000 });
          const s1 = procCpuMs(server.pid);
          if (r.n !== batches.length) throw new Error(`v3 sent ${r.n} of ${batches.length} batches`);
          return { n, ms: r.ms, cpuMs: r.cpuMs, requests: r.n, ...(s0 !== undefined && s1 !== undefined ? { serverCpuMs: s1 - s0 } : {}) };
        };
        const check = async (side: string, want: number) => {
          const st = await stats();
          if (st.records !== n || st.dataBytes !== bytes || st.requests !== want) throw new Error(`${side}: the stub received ${st.records} records, ${st.dataBytes} bytes in ${st.requests} requests; expected ${n}, ${bytes} in ${want}`);
          return st;
        };

        // Warm-up (connections, JIT) on both sides; the producer's warm-up run also gives the
        // batches v3 sends in every round, and the in-flight count it reached.
        await stats();
        const batches: Entry[][] = [];
        const warm = await runSkiff(batches);
        const skiffStats = await check('Skiff warm-up', warm.requests);
        const concurrency = warm.peak;
        await runAws(batches, concurrency);
        const awsStats = await check('v3 warm-up', batches.length);

        const res = { skiff: [] as Run[], aws: [] as Run[] };
        for (let round = 0; round < o.rounds; round++) {
          for (const side of round % 2 ? (['aws', 'skiff'] as const) : (['skiff', 'aws'] as const)) {
            const r = side === 'skiff' ? await runSkiff() : await runAws(batches, concurrency);
            await check(side, r.requests);
            res[side].push(r);
          }
          const f = (r: Run) => `${((r.n / r.ms) * 1000).toFixed(0)} records/s, ${((r.cpuMs / r.n) * 1000).toFixed(1)} ms CPU/1,000 records, ${r.requests} requests${r.serverCpuMs !== undefined ? ` (server ${((r.serverCpuMs / r.n) * 1000).toFixed(1)} ms/1,000)` : ''}`;
          o.log(`  ${n} records over ${keys} keys, round ${round + 1}: Skiff ${f(res.skiff.at(-1)!)}; v3 ${f(res.aws.at(-1)!)}`);
        }

        const label = `Kinesis PutRecords, ${n.toLocaleString('en-US')} records (100–1000 B) over ${keys.toLocaleString('en-US')} keys, up to ${skiffStats.maxBatch} a request, ${concurrency} in flight`;
        const rps = (r: Run) => (r.n / r.ms) * 1000;
        const perCpuS = (r: Run) => r.n / (r.cpuMs / 1000);
        const per1000 = (r: Run) => (r.cpuMs / r.n) * 1000;
        const ratio = (f: (r: Run) => number) => median(res.skiff.map((s, i) => f(s) / f(res.aws[i]!)));
        const cpuRatio = ratio(perCpuS);
        rows.push({ name: label, metric: 'records/s', better: 'higher', skiff: median(res.skiff.map(rps)), aws: median(res.aws.map(rps)), ratio: ratio(rps) });
        rows.push({ name: label, metric: 'records per CPU-second', better: 'higher', skiff: median(res.skiff.map(perCpuS)), aws: median(res.aws.map(perCpuS)), ratio: cpuRatio, target: `≥ ${TARGET_RATIO}× v3`, met: cpuRatio >= TARGET_RATIO });
        rows.push({ name: label, metric: 'client CPU ms/1,000 records', better: 'lower', skiff: median(res.skiff.map(per1000)), aws: median(res.aws.map(per1000)), ratio: ratio(per1000), digits: 1 });
        const server1000 = (side: 'skiff' | 'aws') => median(res[side].filter((r) => r.serverCpuMs !== undefined).map((r) => (r.serverCpuMs! / r.n) * 1000));
        notes.push(
          `${label}: the producer sent ${batches.length} PutRecords (largest ${skiffStats.maxBatch} records, ${warm.peak} in flight at most; ${(bytes / 1024 / 1024).toFixed(1)} MiB of Data), v3 the same ${batches.length} batches with ${concurrency} in flight; ` +
            `request bodies as ${Object.keys(skiffStats.contentTypes).join(', ')} (Skiff) and ${Object.keys(awsStats.contentTypes).join(', ')} (v3)` +
            (Number.isNaN(server1000('skiff')) ? '.' : `; the stub used ${server1000('skiff').toFixed(1)} ms CPU per 1,000 records during Skiff's runs and ${server1000('aws').toFixed(1)} during v3's.`),
        );
        // Only when submit() has to wait: below the buffer bound every record is in before close() flushes.
        if (keys < 500 && n > BUFFERED) {
          notes.push(
            `${label}: with fewer keys than maxBatchRecords (500) the producer's batch is never full, so each batch first waits lingerMs (50 ms) unless the producer is flushing; ` +
              `while submit() waits on the buffer bound (${BUFFERED.toLocaleString('en-US')} records) that caps it near ${keys} records per 50 ms (${((keys / 50) * 1000).toLocaleString('en-US')} records/s), and only the last ${BUFFERED.toLocaleString('en-US')} or so, sent by close(), go without lingering. ` +
              `Its records/s here measures that wait, not CPU; records per CPU-second does not count idle time.`,
          );
        }
      }
      return { rows, notes };
    } finally {
      skiff.destroy();
      aws.destroy();
      await server.stop();
    }
  },
};
