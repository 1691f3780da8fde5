// A 1 GiB streamed upload, each run in a fresh child process: throughput and peak RSS growth.
// The server is bench/servers/s3sink.mjs in another child process: it speaks the S3 calls an
// upload makes and discards the bytes, so the figures are the client's (moto holds every
// object in memory and decodes aws-chunked in Python, which would measure moto).
//   single PutObject of a stream with ContentLength: Skiff sends it aws-chunked with signed
//   chunks; v3 sends what its defaults choose (shown in the log);
//   Upload (multipart, 5 MiB parts, 4 in flight): Skiff's Upload vs @aws-sdk/lib-storage.
import { runChild, type ChildResult } from '../lib/child.js';
import { median, MiB } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { ROOT, startNodeServer } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

export const upload: Section = {
  id: 'upload',
  title: 'Streamed upload, 1 GiB (discarding S3 endpoint)',
  async run(o) {
    const size = (o.quick ? 128 : 1024) * MiB;
    const label = o.quick ? '128 MiB' : '1 GiB';
    const partSize = 5 * MiB;
    const queueSize = 4;
    const server = await startNodeServer('s3sink', `${ROOT}bench/servers/s3sink.mjs`);
    const rows: Row[] = [];
    const notes: string[] = [];
    const sent: Record<string, Set<string>> = { skiff: new Set(), aws: new Set() };
    try {
      for (const mode of ['put', 'upload'] as const) {
        const res = { skiff: [] as ChildResult[], aws: [] as ChildResult[] };
        for (let r = 0; r < Math.min(o.rounds, 3); r++) {
          for (const sdk of r % 2 ? (['aws', 'skiff'] as const) : (['skiff', 'aws'] as const)) {
            const x = await runChild('upload', { sdk, mode, endpoint: server.endpoint, size, partSize, queueSize });
            res[sdk].push(x);
            for (const k of Object.keys(x.payloadModes as object)) sent[sdk]!.add(`${mode === 'put' ? 'PutObject' : 'Upload'}: ${k}`);
            o.log(`  ${mode} ${label} ${sdk}: ${((size / MiB) / (x.ms / 1000)).toFixed(0)} MiB/s, ${((x.cpuMs as number) / 1000 / (size / 1024 / MiB)).toFixed(2)} CPU-s/GiB, peak RSS +${(x.peakRssGrowth / MiB).toFixed(1)} MiB over ${(x.baseRss / MiB).toFixed(0)} MiB, ${x.requests} requests, payload ${JSON.stringify(x.payloadModes)}`);
          }
        }
        const name = mode === 'put' ? `${label} PutObject, one streamed request` : `${label} Upload, ${partSize / MiB} MiB parts × ${queueSize} in flight`;
        const mibs = (x: ChildResult) => size / MiB / (x.ms / 1000);
        const rss = (x: ChildResult) => x.peakRssGrowth / MiB;
        const budget = mode === 'put' ? 64 : (queueSize * partSize) / MiB + 64;
        const skiffRss = median(res.skiff.map(rss));
        rows.push({ name, metric: 'MiB/s', better: 'higher', skiff: median(res.skiff.map(mibs)), aws: median(res.aws.map(mibs)), ratio: median(res.skiff.map((s, i) => mibs(s) / mibs(res.aws[i]!))) });
        const cpu = (x: ChildResult) => (x.cpuMs as number) / 1000 / (size / 1024 / MiB);
        rows.push({ name, metric: 'client CPU s/GiB', better: 'lower', skiff: median(res.skiff.map(cpu)), aws: median(res.aws.map(cpu)), ratio: median(res.skiff.map((s, i) => cpu(s) / cpu(res.aws[i]!))), digits: 2 });
        rows.push({
          name,
          metric: 'peak RSS growth, MiB',
          better: 'lower',
          skiff: skiffRss,
          aws: median(res.aws.map(rss)),
          digits: 1,
          target: mode === 'put' ? '≤ 64 MiB' : `≤ ${queueSize}×${partSize / MiB} + 64 = ${budget} MiB`,
          met: skiffRss <= budget,
        });
      }
    } finally {
      await server.stop();
    }
    notes.push(`Streamed upload payload signing (x-amz-content-sha256 as received): Skiff ${[...sent.skiff!].join('; ')} — v3 ${[...sent.aws!].join('; ')}. Server: bench/servers/s3sink.mjs, which discards the bytes.`);
    return { rows, notes };
  },
};
