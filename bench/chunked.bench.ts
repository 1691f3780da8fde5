// aws-chunked upload encoding: throughput as a ratio of raw node:crypto SHA-256 over the same
// pieces in the same run (target ≥ 70%), and RSS growth while a 1 GiB stream is encoded
// (target: bounded). Run from the root: npx tsx bench/chunked.bench.ts [MiB per run] [runs]
// `chunkedThroughput()` is also what `npm run bench` (bench/run.ts, section chunked) reports.
import { createHash, createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { createDefaultTransport } from '../packages/core/src/platform/node.js';
import { encodeAwsChunked } from '../packages/core/src/signing/awsChunkedEncoder.js';
import type { AwsChunkedMode } from '../packages/core/src/signing/awsChunkedLength.js';
import { deriveSigningKey } from '../packages/core/src/signing/awsChunkedSigner.js';
import { signStreaming } from '../packages/core/src/signing/streamingRequest.js';
import { asyncPieces, pieces } from './lib/pieces.js';

const MiB = 1024 * 1024;
const main = !!process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
const SIZE = Number((main && process.argv[2]) || 256) * MiB;
const RUNS = Number((main && process.argv[3]) || 5);
const CHUNK = 64 * 1024;
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const signing = {
  signingKey: deriveSigningKey(credentials.secretAccessKey, '20251121', 'us-west-2', 's3'),
  amzDate: '20251121T120000Z',
  scope: '20251121/us-west-2/s3/aws4_request',
  seedSignature: '0'.repeat(64),
};

async function drain(body: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0;
  for await (const p of body) n += p.length;
  return n;
}

type Case = { name: string; run: () => Promise<unknown> | unknown };
const makeCases = (SIZE: number): Case[] => [
  {
    name: 'raw node:crypto SHA-256 (64 KiB pieces)',
    run: () => {
      const h = createHash('sha256');
      for (const p of pieces(SIZE, CHUNK)) h.update(p);
      return h.digest();
    },
  },
  {
    name: 'raw SHA-256 reading the same AsyncIterable source',
    run: async () => {
      const h = createHash('sha256');
      for await (const p of asyncPieces(SIZE, CHUNK)) h.update(p);
      return h.digest();
    },
  },
  {
    name: 'reference: SHA-256 + chained HMAC per 64 KiB',
    run: () => {
      let prev = signing.seedSignature;
      for (const p of pieces(SIZE, CHUNK)) {
        const hash = createHash('sha256').update(p).digest('hex');
        prev = createHmac('sha256', signing.signingKey).update(`AWS4-HMAC-SHA256-PAYLOAD\n${signing.amzDate}\n${signing.scope}\n${prev}\n${hash}`).digest('hex');
      }
      return prev;
    },
  },
  ...([['signed'], ['signed-trailer', 'crc32'], ['signed-trailer', 'crc32c'], ['unsigned-trailer', 'crc32'], ['unsigned-trailer', 'crc32c']] as const).map(([mode, trailer]) => ({
    name: `encodeAwsChunked ${mode}${trailer ? ` (${trailer})` : ''}`,
    run: () => drain(encodeAwsChunked(asyncPieces(SIZE, CHUNK), { mode: mode as AwsChunkedMode, trailer, signing, decodedLength: SIZE })),
  })),
  {
    name: 'encodeAwsChunked signed, 100,003-byte pieces (re-chunked)',
    run: () => drain(encodeAwsChunked(asyncPieces(SIZE, 100_003), { signing, decodedLength: SIZE })),
  },
];
// Each case starts from a collected heap, so none pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export interface ChunkedCaseResult {
  name: string;
  /** Medians over the rounds: MiB/s of wall time, MiB per CPU-second, CPU ratio to raw SHA-256. */
  wall: number;
  cpu: number;
  ratio: number;
  ratios: number[];
}

/**
 * Every case over `sizeMiB` MiB, `runs` interleaved rounds after a warm-up. Rounds interleave
 * the cases and each ratio is taken within its round. Ratios use CPU time (process.cpuUsage):
 * on a shared machine, other processes stretch wall time, not CPU time.
 */
export async function chunkedThroughput(sizeMiB = SIZE / MiB, runs = RUNS): Promise<ChunkedCaseResult[]> {
  const SIZE = sizeMiB * MiB;
  const cases = makeCases(SIZE);
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  const ratios = cases.map(() => [] as number[]);
  for (const c of cases) await c.run(); // warm-up
  for (let r = 0; r < runs; r++) {
    const round: number[] = [];
    for (const [i, c] of cases.entries()) {
      const mib = SIZE / MiB;
      gc();
      const t = performance.now();
      const u = process.cpuUsage();
      await c.run();
      const used = process.cpuUsage(u);
      wall[i]!.push(mib / ((performance.now() - t) / 1000));
      cpu[i]!.push(mib / ((used.user + used.system) / 1e6));
      round.push(cpu[i]!.at(-1)!);
    }
    round.forEach((x, i) => ratios[i]!.push(x / round[0]!));
  }
  return cases.map((c, i) => ({ name: c.name, wall: median(wall[i]!), cpu: median(cpu[i]!), ratio: median(ratios[i]!), ratios: ratios[i]! }));
}

async function throughput() {
  const results = await chunkedThroughput();
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  console.log(`\naws-chunked encoding, ${SIZE / MiB} MiB per run, median of ${RUNS} interleaved rounds (Node ${process.version}, load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)\n`);
  console.log(`| ${'case'.padEnd(58)} | MiB/s wall | MiB/s per CPU-s | vs raw SHA-256, CPU (min–max) |`);
  console.log(`| ${'-'.repeat(58)} | ---------- | --------------- | ----------------------------- |`);
  for (const c of results) {
    const rs = c.ratios;
    const cell = `${pct(c.ratio)} (${pct(Math.min(...rs))}–${pct(Math.max(...rs))})`;
    console.log(`| ${c.name.padEnd(58)} | ${c.wall.toFixed(0).padStart(10)} | ${c.cpu.toFixed(0).padStart(15)} | ${cell.padStart(29)} |`);
  }
}

/** Peak RSS growth while `run` goes; sampled every 20 ms. */
async function rssGrowth(run: () => Promise<unknown>): Promise<{ peak: number; ms: number }> {
  const base = process.memoryUsage().rss;
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - base)), 20);
  const t = performance.now();
  await run();
  clearInterval(timer);
  return { peak: Math.max(peak, process.memoryUsage().rss - base), ms: performance.now() - t };
}

async function memory() {
  const GiB = 1024 * MiB;
  // Fresh buffers per piece, as a file or socket stream gives them.
  async function* fresh(size: number) {
    for (let off = 0; off < GiB; off += size) yield new Uint8Array(Math.min(size, GiB - off)).fill(off & 255);
  }
  const ctx = { credentials, region: 'us-west-2', service: 's3', date: new Date(), s3: true, decodedContentLength: GiB };
  const url = 'https://s3.eu-central-1.s4.mega.io/bucket/one-gib.bin';
  const rows: Array<[string, { peak: number; ms: number }]> = [];
  rows.push(['1 GiB, 100,003-byte pieces, encoded and drained', await rssGrowth(async () => drain((await signStreaming({ method: 'PUT', url, headers: {}, body: fresh(100_003) }, ctx)).body as AsyncIterable<Uint8Array>))]);

  // The same through the undici transport to a loopback server that discards the body.
  const server = createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const transport = createDefaultTransport();
  rows.push([
    '1 GiB, 64 KiB pieces, PUT over loopback HTTP (undici)',
    await rssGrowth(async () => {
      const req = await signStreaming({ method: 'PUT', url: `http://127.0.0.1:${port}/bucket/one-gib.bin`, headers: {}, body: fresh(CHUNK) }, ctx);
      const res = await transport(req, {});
      await drain(res.body as AsyncIterable<Uint8Array>);
    }),
  ]);
  await transport.destroy();
  server.close();

  console.log('\nRSS growth while streaming 1 GiB (target: bounded, ≤ 64 MiB for a single PUT)\n');
  console.log(`| ${'case'.padEnd(58)} | peak RSS growth | MiB/s  |`);
  console.log(`| ${'-'.repeat(58)} | --------------- | ------ |`);
  for (const [name, m] of rows) console.log(`| ${name.padEnd(58)} | ${`${(m.peak / MiB).toFixed(1)} MiB`.padStart(15)} | ${(1024 / (m.ms / 1000)).toFixed(0).padStart(6)} |`);
}

if (main) {
  await throughput();
  await memory();
}
