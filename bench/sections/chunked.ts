// aws-chunked upload encoding (STREAMING-AWS4-HMAC-SHA256-PAYLOAD, 64 KiB chunks) as a share
// of raw node:crypto SHA-256 over the same pieces, the method of bench/chunked.bench.ts:
// interleaved rounds, each ratio taken within its round, speed per CPU-second (on a shared
// machine other processes stretch wall time, not CPU time). Unlike chunked.bench.ts, which
// times core's internal encoder from the sources, this goes through the public, built API a
// user calls: signRequest({ payload: 'streaming-signed' }) from @skiff/core, draining the
// signed body. v3 has no signed aws-chunked encoder (its lib-storage and PutObject send
// whole-part SHA-256 or unsigned trailers), so its column is empty.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { signRequest } from '@skiff/core';
import { median, MiB } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { CREDENTIALS } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

const CHUNK = 64 * 1024;
// The same pieces feed every case: views into a ring of random buffers, so making data costs nothing.
const RING = Array.from({ length: 16 }, () => new Uint8Array(randomBytes(256 * 1024)));
function* pieces(total: number, size: number): Generator<Uint8Array> {
  for (let off = 0, i = 0; off < total; off += size, i++) {
    const buf = RING[i % RING.length]!;
    const start = (i * 4099) % (buf.length - size);
    yield buf.subarray(start, start + Math.min(size, total - off));
  }
}
async function* asyncPieces(total: number, size: number): AsyncGenerator<Uint8Array> {
  yield* pieces(total, size);
}

/** MiB per CPU-second of `run` over `mib` MiB. */
async function speed(mib: number, run: () => unknown): Promise<number> {
  const c0 = process.cpuUsage();
  await run();
  const c = process.cpuUsage(c0);
  return mib / ((c.user + c.system) / 1e6);
}

export const chunked: Section = {
  id: 'chunked',
  title: 'aws-chunked signed encoding vs raw SHA-256 (no network)',
  async run(o) {
    const SIZE = (o.quick ? 64 : 256) * MiB;
    const mib = SIZE / MiB;
    const date = new Date();
    const sha = () => {
      const h = createHash('sha256');
      for (const p of pieces(SIZE, CHUNK)) h.update(p);
      return h.digest();
    };
    // The least any signed encoder must do: hash each chunk and chain an HMAC (performance.md's anchor).
    const key = createHmac('sha256', 'k').update('x').digest();
    const hmacChain = () => {
      let prev = '0'.repeat(64);
      for (const p of pieces(SIZE, CHUNK)) {
        const hash = createHash('sha256').update(p).digest('hex');
        prev = createHmac('sha256', key).update(`AWS4-HMAC-SHA256-PAYLOAD\n20251121T120000Z\n20251121/us-east-1/s3/aws4_request\n${prev}\n${hash}`).digest('hex');
      }
      return prev;
    };
    const skiff = async () => {
      const signed = await signRequest(
        { method: 'PUT', url: 'https://s3.eu-central-1.s4.mega.io/bench/big.bin', headers: {}, body: asyncPieces(SIZE, CHUNK) as never },
        { credentials: CREDENTIALS, date, region: 'eu-central-1', service: 's3', s3: true, payload: 'streaming-signed', decodedContentLength: SIZE },
      );
      let n = 0;
      for await (const p of signed.body as AsyncIterable<Uint8Array>) n += p.length;
      if (n !== Number(signed.headers['content-length'])) throw new Error(`aws-chunked body is ${n} bytes, Content-Length says ${signed.headers['content-length']}`);
    };
    const cases = [sha, hmacChain, skiff];
    for (const c of cases) await c(); // warm-up
    const speeds = cases.map(() => [] as number[]);
    const ratios = cases.map(() => [] as number[]);
    for (let r = 0; r < o.rounds + 2; r++) {
      const round: number[] = [];
      for (const c of cases) round.push(await speed(mib, c));
      round.forEach((x, i) => {
        speeds[i]!.push(x);
        ratios[i]!.push(x / round[0]!);
      });
      o.log(`  round ${r + 1}: raw SHA-256 ${round[0]!.toFixed(0)}, SHA-256 + HMAC chain ${round[1]!.toFixed(0)}, Skiff aws-chunked ${round[2]!.toFixed(0)} MiB per CPU-s (${((100 * round[2]!) / round[0]!).toFixed(0)}%)`);
    }
    const pct = median(ratios[2]!) * 100;
    const rows: Row[] = [
      { name: `aws-chunked signed encoding, ${mib} MiB in 64 KiB chunks`, metric: 'MiB per CPU-second', better: 'higher', skiff: median(speeds[2]!), awsText: 'not supported' },
      { name: `aws-chunked signed encoding, ${mib} MiB in 64 KiB chunks`, metric: '% of raw node:crypto SHA-256', better: 'higher', skiff: pct, awsText: 'not supported', target: '≥ 70%', met: pct >= 70 },
    ];
    o.log(`  anchors: raw SHA-256 ${median(speeds[0]!).toFixed(0)} MiB per CPU-s; SHA-256 + chained HMAC ${median(speeds[1]!).toFixed(0)} (${(median(ratios[1]!) * 100).toFixed(0)}%)`);
    return rows;
  },
};
