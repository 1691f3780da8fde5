// The tasks a fresh child process runs (bench/child.ts): a 100k-item pagination with one
// SDK, measured for time and peak RSS (each imports only the SDK it uses, so the other's
// modules are not in its memory); bench/chunked.bench.ts's measurement on the sources.
import { awsHandler } from './aws.js';
import { maxRss } from './measure.js';
import { CREDENTIALS } from './servers.js';

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Time and peak RSS growth of `work`; RSS is read before (after a GC) and sampled every 10 ms. */
async function measured(work: () => Promise<Record<string, unknown>>) {
  gc();
  const baseRss = process.memoryUsage().rss;
  const max0 = maxRss();
  let sampled = baseRss;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 10);
  const t = performance.now();
  const c0 = process.cpuUsage();
  const extra = await work();
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t - Number(extra.gcMs ?? 0);
  const cpuMs = (c.user + c.system) / 1000 - Number(extra.gcMs ?? 0);
  clearInterval(timer);
  const max1 = maxRss();
  const peak = Math.max(max1 > max0 ? max1 : 0, sampled, process.memoryUsage().rss);
  return { ms, cpuMs, baseRss, peakRssGrowth: peak - baseRss, ...extra };
}

interface PaginateArgs {
  sdk: 'skiff' | 'aws';
  api: 's3' | 'mediastore-data' | 'kinesis';
  endpoint: string;
  total: number;
}

async function paginate(a: PaginateArgs) {
  const cfg = { region: 'us-east-1', credentials: CREDENTIALS };
  let paginator: () => AsyncIterable<unknown>;
  let itemsOf: (page: unknown) => number;
  const P = 1000;
  if (a.api === 's3') {
    itemsOf = (p) => (p as { Contents?: unknown[] }).Contents?.length ?? 0;
    if (a.sdk === 'skiff') {
      const { S3Client, paginateListObjectsV2 } = await import('@skiff/s4-s3');
      const client = new S3Client({ ...cfg, endpoint: a.endpoint });
      paginator = () => paginateListObjectsV2({ client, pageSize: P }, { Bucket: 'bench' });
    } else {
      const { S3Client, paginateListObjectsV2 } = await import('@aws-sdk/client-s3');
      const client = new S3Client({ ...cfg, endpoint: a.endpoint, forcePathStyle: true, requestHandler: awsHandler() });
      paginator = () => paginateListObjectsV2({ client, pageSize: P }, { Bucket: 'bench' });
    }
  } else if (a.api === 'mediastore-data') {
    itemsOf = (p) => (p as { Items?: unknown[] }).Items?.length ?? 0;
    if (a.sdk === 'skiff') {
      const { MediaStoreDataClient, paginateListItems } = await import('@skiff/mediastore-data');
      const client = new MediaStoreDataClient({ ...cfg, endpoint: `${a.endpoint}/data` });
      paginator = () => paginateListItems({ client, pageSize: P }, {});
    } else {
      const { MediaStoreDataClient, paginateListItems } = await import('@aws-sdk/client-mediastore-data');
      const client = new MediaStoreDataClient({ ...cfg, endpoint: `${a.endpoint}/data`, requestHandler: awsHandler() });
      paginator = () => paginateListItems({ client, pageSize: P }, {});
    }
  } else {
    itemsOf = (p) => (p as { StreamNames?: unknown[] }).StreamNames?.length ?? 0;
    if (a.sdk === 'skiff') {
      const { KinesisClient, paginateListStreams } = await import('@skiff/kinesis');
      const client = new KinesisClient({ ...cfg, endpoint: a.endpoint });
      paginator = () => paginateListStreams({ client, pageSize: P }, {});
    } else {
      const { KinesisClient, paginateListStreams } = await import('@aws-sdk/client-kinesis');
      const client = new KinesisClient({ ...cfg, endpoint: a.endpoint, requestHandler: awsHandler() });
      paginator = () => paginateListStreams({ client, pageSize: P }, {});
    }
  }
  // One page first, outside the measurement: connections, lazily built schemas, JIT.
  for await (const _ of paginator()) break;
  const pages = paginator();
  return measured(async () => {
    let items = 0;
    let n = 0;
    let gcMs = 0;
    let heapAfterFirst = 0;
    let heapAtEnd = 0;
    // The heap after a full GC, once after the first page and once after the last: what grows
    // between them is held across pages.
    const settle = () => {
      const t = performance.now();
      gc();
      gcMs += performance.now() - t;
      return process.memoryUsage().heapUsed;
    };
    for await (const page of pages) {
      items += itemsOf(page);
      if (++n === 1) heapAfterFirst = settle();
    }
    heapAtEnd = settle();
    if (items !== a.total) throw new Error(`paginated ${items} items, expected ${a.total}`);
    return { items, pages: n, gcMs, heapHeld: heapAtEnd - heapAfterFirst };
  });
}

/**
 * bench/chunked.bench.ts's measurement. It times core's encoder from the sources, so this
 * child runs under the root tsconfig (its `paths` send every @skiff/core and #platform import
 * to the sources too, never a mix of sources and an older dist).
 */
async function chunked(a: { sizeMiB: number; runs: number }) {
  const { chunkedThroughput } = await import('../chunked.bench.js');
  return { ms: 0, cpuMs: 0, baseRss: 0, peakRssGrowth: 0, cases: await chunkedThroughput(a.sizeMiB, a.runs) };
}

export const tasks = { paginate, chunked } as const;
