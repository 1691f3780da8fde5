// A large upload is encoded as it is read: memory stays bounded whatever the body's size.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AwsChunkedVerifier, awsChunkedOptionsOf } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import { signStreaming } from '../src/signing/streamingRequest.js';

const MiB = 1024 * 1024;
// A full GC before each sample measures what is still held, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('aws-chunked memory', () => {
  it('streams 256 MiB, generated lazily in odd-sized pieces, reading ahead at most a chunk and a piece', async () => {
    const total = 256 * MiB;
    const piece = 100_003;
    let read = 0;
    async function* generate() {
      for (let left = total, i = 0; left > 0; left -= piece, i++) {
        // A fresh buffer per piece, as a file or socket stream gives.
        const p = new Uint8Array(Math.min(piece, left)).fill(i & 255);
        read += p.length;
        yield p;
      }
    }
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const req = await signStreaming(
      { method: 'PUT', url: 'https://s3.eu-central-1.s4.mega.io/b/big.bin', headers: {}, body: generate() },
      { credentials, region: 'us-west-2', service: 's3', date: new Date(), s3: true, decodedContentLength: total },
    );
    // Every chunk is checked on the way, without keeping the data.
    const verifier = new AwsChunkedVerifier({ ...awsChunkedOptionsOf(req.headers, credentials.secretAccessKey), keepData: false });
    gc();
    const base = process.memoryUsage();
    let peakRss = 0;
    let peakHeap = 0;
    let peakAhead = 0;
    let n = 0;
    for await (const p of req.body as AsyncIterable<Uint8Array>) {
      verifier.push(p);
      // What the encoder holds: data read from the source and not yet handed on (exact,
      // unlike memory figures, which move with the garbage collector).
      peakAhead = Math.max(peakAhead, read - verifier.dataBytesSeen);
      if (++n % 512 === 0) {
        gc();
        await new Promise((r) => setTimeout(r, 5));
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss - base.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers - base.heapUsed - base.arrayBuffers);
      }
    }
    const result = verifier.end();
    expect(result.decodedLength).toBe(total);
    expect(result.chunkSizes.length).toBe(total / (64 * 1024));
    console.log(
      `256 MiB aws-chunked: read ahead at most ${(peakAhead / 1024).toFixed(0)} KiB, heap+arrayBuffers after GC +${(peakHeap / MiB).toFixed(1)} MiB, peak RSS +${(peakRss / MiB).toFixed(1)} MiB`,
    );
    expect(peakAhead, 'read ahead').toBeLessThanOrEqual(64 * 1024 + piece);
    // Buffering the body would take 256 MiB. The memory figures also count what V8 has not
    // swept yet right after gc() (up to ~33 MiB seen on a loaded machine).
    expect(peakHeap, 'heap + array buffers').toBeLessThan(64 * MiB);
    expect(peakRss, 'RSS').toBeLessThan(96 * MiB);
    // 512 MiB of SHA-256 (encoder and verifier): allow for a loaded machine.
  }, 180_000);
});
