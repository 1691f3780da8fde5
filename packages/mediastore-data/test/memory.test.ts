// A 20 MiB object goes up as a stream and comes back as a stream with bounded memory. The
// local server runs in a child process (its in-memory store would otherwise be counted here),
// and memory is sampled after a forced GC every 2 MiB, mid-transfer: what is measured is what
// the client holds, not garbage waiting for collection. A client that buffered the body would
// hold 20 MiB at the last samples.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, MediaStoreDataClient, PutObjectCommand } from '../src/index.js';
import { KEYS, createContainer } from './localServer.js';

const MiB = 1024 * 1024;
const SIZE = 20 * MiB;
const PIECE = 64 * 1024;
const SAMPLE_EVERY = 2 * MiB;
// Well below SIZE: a couple of pieces in flight plus the sockets' buffers fit many times over.
const HELD_BOUND = 6 * MiB;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let child: ChildProcess;
let endpoint = '';
const REGION = 'us-east-1';

/** The local server in a child process (its CLI, run from source with tsx). */
async function startServerProcess(): Promise<void> {
  const cli = fileURLToPath(new URL('../../mediastore-local/src/cli.ts', import.meta.url));
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--creating-delay-ms', '0', '--region', REGION], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the local server did not start in time: ${err}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code) => reject(new Error(`the local server exited (${code}): ${err}`)));
  });
}

/** `size` bytes as fresh 64 KiB copies (a buffering client would keep them all), calling
 * `sample` every SAMPLE_EVERY bytes as they are pulled. */
async function* pieces(size: number, sample: () => void): AsyncGenerator<Uint8Array> {
  for (let off = 0; off < size; off += PIECE) {
    if (off % SAMPLE_EVERY === 0 && off > 0) sample();
    yield pattern.slice(off % MiB, (off % MiB) + PIECE);
  }
}

function held(): { heap: number; rss: number } {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
}

/** Deterministic bytes, 1 MiB, reused as the source of fresh 64 KiB copies. */
const pattern = (() => {
  const out = new Uint8Array(MiB);
  let x = 42;
  for (let i = 0; i < out.length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
})();
const expectedSha = (() => {
  const h = createHash('sha256');
  for (let i = 0; i < SIZE / MiB; i++) h.update(pattern);
  return h.digest('hex');
})();

beforeAll(async () => {
  await startServerProcess();
  await createContainer({ endpoint, region: REGION }, 'big');
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

interface Peaks {
  upHeld: number;
  upRss: number;
  downHeld: number;
  downRss: number;
  ms: number;
}

/** One 20 MiB round trip: a lazily generated stream up, the streaming body down, sampled. */
async function roundTrip(client: MediaStoreDataClient, path: string): Promise<Peaks> {
  const t0 = performance.now();
  const peaks: Peaks = { upHeld: 0, upRss: 0, downHeld: 0, downRss: 0, ms: 0 };
  const up = held();
  const put = await client.send(
    new PutObjectCommand({
      Path: path,
      ContentType: 'application/octet-stream',
      Body: pieces(SIZE, () => {
        const m = held();
        peaks.upHeld = Math.max(peaks.upHeld, m.heap - up.heap);
        peaks.upRss = Math.max(peaks.upRss, m.rss - up.rss);
      }),
    }),
  );
  expect(put.ContentSHA256).toBe(expectedSha); // also checked by the client itself

  const down = held();
  const got = await client.send(new GetObjectCommand({ Path: path }));
  expect(got.ContentLength).toBe(SIZE);
  const hash = createHash('sha256');
  let total = 0;
  let nextSample = SAMPLE_EVERY;
  for await (const piece of got.Body! as AsyncIterable<Buffer>) {
    hash.update(piece);
    total += piece.byteLength;
    if (total >= nextSample) {
      nextSample += SAMPLE_EVERY;
      const m = held();
      peaks.downHeld = Math.max(peaks.downHeld, m.heap - down.heap);
      peaks.downRss = Math.max(peaks.downRss, m.rss - down.rss);
    }
  }
  expect(total).toBe(SIZE);
  expect(hash.digest('hex')).toBe(expectedSha);
  peaks.ms = performance.now() - t0;
  return peaks;
}

const mib = (n: number) => `${(n / MiB).toFixed(2)} MiB`;
const show = (p: Peaks) => `up held ${mib(p.upHeld)} / RSS ${mib(p.upRss)}, down held ${mib(p.downHeld)} / RSS ${mib(p.downRss)}, ${Math.round(p.ms)} ms`;

describe('20 MiB through the client with bounded memory', () => {
  it('uploads a lazily generated stream and downloads it as a stream, twice', async () => {
    const client = new MediaStoreDataClient({ endpoint: `${endpoint}/_data/big`, region: REGION, credentials: KEYS });
    try {
      // The first run also pays one-time costs (connection, lazily loaded modules, the
      // allocator's pools growing to their working size): its RSS is shown, not bounded.
      const cold = await roundTrip(client, 'big/first.bin');
      const warm = await roundTrip(client, 'big/second.bin');
      console.log(`20 MiB stream round trip (forced GC every 2 MiB): first ${show(cold)}; second ${show(warm)}`);
      // What the client holds mid-transfer (after GC): a buffered body would be 20 MiB.
      for (const p of [cold, warm]) {
        expect(p.upHeld).toBeLessThan(HELD_BOUND);
        expect(p.downHeld).toBeLessThan(HELD_BOUND);
      }
      // Steady state: a transfer does not grow the process.
      expect(warm.upRss).toBeLessThan(HELD_BOUND);
      expect(warm.downRss).toBeLessThan(HELD_BOUND);
    } finally {
      client.destroy();
    }
  }, 120_000);
});
