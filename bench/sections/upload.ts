// A 1 GiB streamed upload, each run in a fresh child process: throughput, client CPU and peak
// RSS growth, measured by bench/s3-upload.bench.ts's runChild() (1 MiB fresh buffers from a
// Node Readable, RSS sampled every 20 ms). The server is bench/servers/s3sink.mjs in another
// child process: it answers the S3 calls an upload makes and discards the bytes, so the
// figures are the client's (moto holds every object in memory and decodes aws-chunked in
// Python at a few MiB/s: s3-upload.bench.ts on its own measures against moto).
//   PutObject, one streamed request with ContentLength: Skiff sends aws-chunked with signed
//   chunks; v3 sends what its configuration chooses (shown in the notes);
//   Upload (multipart, 8 MiB parts, 4 in flight): Skiff's Upload vs @aws-sdk/lib-storage.
import { PART_SIZE, QUEUE_SIZE, runChild, type Result, type Scenario } from '../s3-upload.bench.js';
import { median, MiB } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { ROOT, startNodeServer } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

interface Stats {
  requests: number;
  decodedBytes: number;
  payloadModes: Record<string, number>;
}

export const upload: Section = {
  id: 'upload',
  title: 'Streamed upload, 1 GiB (discarding S3 endpoint)',
  async run(o) {
    const size = (o.quick ? 128 : 1024) * MiB;
    const label = o.quick ? '128 MiB' : '1 GiB';
    const server = await startNodeServer('s3sink', `${ROOT}bench/servers/s3sink.mjs`);
    const stats = async (reset = false): Promise<Stats> => (await fetch(`${server.endpoint}/_stats${reset ? '?reset' : ''}`)).json() as Promise<Stats>;
    const rows: Row[] = [];
    const sent: Record<string, string> = {};
    try {
      for (const mode of ['put', 'upload'] as const) {
        const res = { skiff: [] as Result[], aws: [] as Result[] };
        for (let r = 0; r < Math.min(o.rounds, 3); r++) {
          for (const sdk of r % 2 ? (['aws', 'skiff'] as const) : (['skiff', 'aws'] as const)) {
            const scenario = `${sdk}-${mode}` as Scenario;
            await stats(true);
            const x = await runChild(scenario, server.endpoint, size);
            const st = await stats();
            // The object, and the child's unmeasured 1 MiB warm-up PutObject before it.
            if (st.decodedBytes !== size + MiB) throw new Error(`${scenario}: the server received ${st.decodedBytes} bytes, not ${size} + a 1 MiB warm-up`);
            sent[scenario] = Object.entries(st.payloadModes).map(([k, v]) => `${v}× ${k}`).join(', ');
            res[sdk].push(x);
            o.log(`  ${scenario} ${label}: ${(size / MiB / (x.ms / 1000)).toFixed(0)} MiB/s, ${(x.cpuMs / 1000 / (size / 1024 / MiB)).toFixed(2)} CPU-s/GiB, peak RSS +${((x.peakRss - x.baseRss) / MiB).toFixed(1)} MiB over ${(x.baseRss / MiB).toFixed(0)} MiB; ${st.requests} requests: ${sent[scenario]}`);
          }
        }
        const name = mode === 'put' ? `${label} PutObject, one streamed request` : `${label} Upload, ${PART_SIZE / MiB} MiB parts × ${QUEUE_SIZE} in flight`;
        const mibs = (x: Result) => size / MiB / (x.ms / 1000);
        const cpu = (x: Result) => x.cpuMs / 1000 / (size / 1024 / MiB);
        const rss = (x: Result) => (x.peakRss - x.baseRss) / MiB;
        const ratio = (f: (x: Result) => number) => median(res.skiff.map((s, i) => f(s) / f(res.aws[i]!)));
        const budget = mode === 'put' ? 64 : (QUEUE_SIZE * PART_SIZE) / MiB + 64;
        const skiffRss = median(res.skiff.map(rss));
        rows.push({ name, metric: 'MiB/s', better: 'higher', skiff: median(res.skiff.map(mibs)), aws: median(res.aws.map(mibs)), ratio: ratio(mibs) });
        rows.push({ name, metric: 'client CPU s/GiB', better: 'lower', skiff: median(res.skiff.map(cpu)), aws: median(res.aws.map(cpu)), ratio: ratio(cpu), digits: 2 });
        rows.push({
          name,
          metric: 'peak RSS growth, MiB',
          better: 'lower',
          skiff: skiffRss,
          aws: median(res.aws.map(rss)),
          ratio: ratio(rss),
          digits: 1,
          target: mode === 'put' ? '≤ 64 MiB' : `≤ ${QUEUE_SIZE}×${PART_SIZE / MiB} + 64 = ${budget} MiB`,
          met: skiffRss <= budget,
        });
      }
    } finally {
      await server.stop();
    }
    const notes = [
      `Streamed upload, what the server received (x-amz-content-sha256), the 1 MiB warm-up PutObject included: ${Object.entries(sent).map(([k, v]) => `${k}: ${v}`).join('; ')}. v3 runs with requestChecksumCalculation WHEN_REQUIRED, as in s3-upload.bench.ts.`,
    ];
    return { rows, notes };
  },
};
