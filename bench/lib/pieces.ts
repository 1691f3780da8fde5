// The data the aws-chunked benchmarks feed every case: views into a ring of random buffers, so
// making data costs nothing and every case hashes the same pieces.
import { randomBytes } from 'node:crypto';

const RING = Array.from({ length: 16 }, () => new Uint8Array(randomBytes(256 * 1024)));

/** `total` bytes in pieces of `size` (the last one shorter), each a view into the ring. */
export function* pieces(total: number, size: number): Generator<Uint8Array> {
  for (let off = 0, i = 0; off < total; off += size, i++) {
    const buf = RING[i % RING.length]!;
    const start = (i * 4099) % (buf.length - size);
    yield buf.subarray(start, start + Math.min(size, total - off));
  }
}

/** The same pieces as an AsyncIterable, as a request body reads them. */
export async function* asyncPieces(total: number, size: number): AsyncGenerator<Uint8Array> {
  yield* pieces(total, size);
}
