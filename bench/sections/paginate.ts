// Paginating 100,000 items with each SDK's paginator, 1,000 items a page, each run in a fresh
// child process after one unmeasured page: time, client CPU, peak RSS growth, and the heap
// held across pages (after a full GC, last page vs first). The pages come from
// bench/servers/pages.mjs, a fake in a child process that generates them on the fly
// (100,000 real objects would take far longer to create in moto).
import { runChild, type ChildResult } from '../lib/child.js';
import { median, MiB } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { ROOT, startNodeServer } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

const APIS = [
  { api: 's3', name: 'S3 ListObjectsV2' },
  { api: 'mediastore-data', name: 'MediaStore Data ListItems' },
  { api: 'kinesis', name: 'Kinesis ListStreams' },
] as const;

export const paginate: Section = {
  id: 'paginate',
  title: 'Paginating 100,000 items (generated pages)',
  async run(o) {
    const total = o.quick ? 20_000 : 100_000;
    const server = await startNodeServer('pages', `${ROOT}bench/servers/pages.mjs`, [String(total)]);
    const rows: Row[] = [];
    try {
      for (const { api, name } of APIS) {
        const res = { skiff: [] as ChildResult[], aws: [] as ChildResult[] };
        for (let r = 0; r < Math.min(o.rounds, 3); r++) {
          for (const sdk of r % 2 ? (['aws', 'skiff'] as const) : (['skiff', 'aws'] as const)) {
            const x = await runChild('paginate', { sdk, api, endpoint: server.endpoint, total });
            res[sdk].push(x);
            o.log(`  ${name} ${sdk}: ${x.ms.toFixed(0)} ms, ${(x.cpuMs as number).toFixed(0)} ms CPU, ${x.pages} pages, peak RSS +${(x.peakRssGrowth / MiB).toFixed(1)} MiB, heap held across pages ${((x.heapHeld as number) / 1024).toFixed(0)} KiB`);
          }
        }
        const label = `${name}, ${total.toLocaleString('en-US')} items`;
        const ms = (x: ChildResult) => x.ms;
        const held = (x: ChildResult) => (x.heapHeld as number) / MiB;
        const skiffHeld = median(res.skiff.map(held));
        rows.push({ name: label, metric: 'time, ms', better: 'lower', skiff: median(res.skiff.map(ms)), aws: median(res.aws.map(ms)), ratio: median(res.skiff.map((s, i) => ms(s) / ms(res.aws[i]!))) });
        const cpu = (x: ChildResult) => x.cpuMs as number;
        rows.push({ name: label, metric: 'client CPU, ms', better: 'lower', skiff: median(res.skiff.map(cpu)), aws: median(res.aws.map(cpu)), ratio: median(res.skiff.map((s, i) => cpu(s) / cpu(res.aws[i]!))) });
        rows.push({ name: label, metric: 'peak RSS growth, MiB', better: 'lower', skiff: median(res.skiff.map((x) => x.peakRssGrowth / MiB)), aws: median(res.aws.map((x) => x.peakRssGrowth / MiB)), digits: 1 });
        rows.push({ name: label, metric: 'heap held across pages, MiB', better: 'lower', skiff: skiffHeld, aws: median(res.aws.map(held)), digits: 2, target: 'constant (< 1 MiB)', met: skiffHeld < 1 });
      }
    } finally {
      await server.stop();
    }
    return rows;
  },
};
