// aws-chunked upload encoding (STREAMING-AWS4-HMAC-SHA256-PAYLOAD, 64 KiB chunks) as a share
// of raw node:crypto SHA-256 over the same pieces. The figure against the target is
// bench/chunked.bench.ts's own measurement (chunkedThroughput: core's encoder from the
// sources, in a child process; interleaved rounds, each ratio within its round, speed per
// CPU-second — on a shared machine other processes stretch wall time, not CPU time). A second row times the same work end to end
// through the built package's public API: signRequest({ payload: 'streaming-signed' }) from
// @skiff/core, draining the signed body. v3 has no signed aws-chunked encoder (its PutObject
// and lib-storage send whole-part SHA-256 or unsigned trailers), so its column is empty.
import { createHash } from 'node:crypto';
import { signRequest } from '@skiff/core';
import type { ChunkedCaseResult } from '../chunked.bench.js';
import { runChild } from '../lib/child.js';
import { median, MiB } from '../lib/measure.js';
import { asyncPieces, pieces } from '../lib/pieces.js';
import type { Section } from '../lib/section.js';
import { CREDENTIALS, ROOT } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

const CHUNK = 64 * 1024;

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
    const child = await runChild('chunked', { sizeMiB: mib, runs: Math.max(3, o.rounds + 2) }, 600_000, { TSX_TSCONFIG_PATH: `${ROOT}tsconfig.json` });
    const encoder = child.cases as ChunkedCaseResult[];
    const byName = (prefix: string) => encoder.find((c) => c.name.startsWith(prefix));
    const signed = encoder.find((c) => c.name === 'encodeAwsChunked signed')!;
    const hmac = byName('reference: SHA-256 + chained HMAC')!;
    for (const c of encoder) o.log(`  ${c.name}: ${c.cpu.toFixed(0)} MiB per CPU-s, ${(c.ratio * 100).toFixed(0)}% of raw SHA-256`);

    // End to end through the public, built API, interleaved with raw SHA-256 the same way.
    const sha = () => {
      const h = createHash('sha256');
      for (const p of pieces(SIZE, CHUNK)) h.update(p);
      return h.digest();
    };
    const skiff = async () => {
      const out = await signRequest(
        { method: 'PUT', url: 'https://s3.eu-central-1.s4.mega.io/bench/big.bin', headers: {}, body: asyncPieces(SIZE, CHUNK) as never },
        { credentials: CREDENTIALS, date, region: 'eu-central-1', service: 's3', s3: true, payload: 'streaming-signed', decodedContentLength: SIZE },
      );
      let n = 0;
      for await (const p of out.body as AsyncIterable<Uint8Array>) n += p.length;
      if (n !== Number(out.headers['content-length'])) throw new Error(`aws-chunked body is ${n} bytes, Content-Length says ${out.headers['content-length']}`);
    };
    await sha();
    await skiff();
    const e2e: number[] = [];
    const e2eRatio: number[] = [];
    for (let r = 0; r < Math.max(3, o.rounds + 2); r++) {
      const a = await speed(mib, sha);
      const b = await speed(mib, skiff);
      e2e.push(b);
      e2eRatio.push(b / a);
    }
    o.log(`  signRequest streaming-signed (built @skiff/core), end to end: ${median(e2e).toFixed(0)} MiB per CPU-s, ${(median(e2eRatio) * 100).toFixed(0)}% of raw SHA-256`);
    const name = `aws-chunked signed encoding, ${mib} MiB in 64 KiB chunks`;
    const rows: Row[] = [
      { name, metric: 'MiB per CPU-second', better: 'higher', skiff: signed.cpu, awsText: 'not supported' },
      { name, metric: '% of raw node:crypto SHA-256', better: 'higher', skiff: signed.ratio * 100, awsText: 'not supported', target: '≥ 70%', met: signed.ratio >= 0.7 },
      { name: `${name}, end to end via signRequest (dist)`, metric: '% of raw node:crypto SHA-256', better: 'higher', skiff: median(e2eRatio) * 100, awsText: 'not supported' },
    ];
    const notes = [
      `aws-chunked: raw node:crypto SHA-256 ran at ${byName('raw node:crypto')!.cpu.toFixed(0)} MiB per CPU-second; the least a signed encoder must do (SHA-256 + chained HMAC per 64 KiB chunk) reached ${(hmac.ratio * 100).toFixed(0)}% of it. ` +
        encoder.filter((c) => c.name.startsWith('encodeAwsChunked') && c !== signed).map((c) => `${c.name.replace('encodeAwsChunked ', '')} ${(c.ratio * 100).toFixed(0)}%`).join(', ') + '.',
    ];
    return { rows, notes };
  },
};
