/** What an aws-chunked body can be read from. A Node Readable is an AsyncIterable. */
export type AwsChunkedSource = Uint8Array | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

const isBlob = (s: unknown): s is Blob => typeof Blob !== 'undefined' && s instanceof Blob;
const isWebStream = (s: unknown): s is ReadableStream<Uint8Array> => typeof (s as ReadableStream).getReader === 'function';

/** The byte length of a source when it is known without reading it. */
export function sourceLength(source: AwsChunkedSource | undefined): number | undefined {
  if (source === undefined) return 0;
  if (source instanceof Uint8Array) return source.length;
  if (isBlob(source)) return source.size;
  return undefined;
}

function asBytes(piece: unknown): Uint8Array {
  if (piece instanceof Uint8Array) return piece;
  if (ArrayBuffer.isView(piece)) return new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
  if (piece instanceof ArrayBuffer) return new Uint8Array(piece);
  throw new TypeError(`aws-chunked: the body yielded ${typeof piece}, not bytes`);
}

// Web streams are read through a reader: not every runtime makes them async-iterable.
async function* readWebStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      yield r.value;
    }
    finished = true;
  } finally {
    // Stopped early (the upload failed or was aborted): let the producer know.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * The source's bytes in pieces of exactly `size` bytes (the last one shorter, none empty).
 * A whole chunk inside an input piece is passed on as a view, not copied; only chunks that
 * straddle input pieces are gathered, each into a fresh buffer since the consumer may still
 * hold the previous one. So at most one chunk is held besides the current input piece.
 */
export async function* exactChunks(source: AwsChunkedSource, size: number): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let i = 0; i < source.length; i += size) yield source.subarray(i, i + size);
    return;
  }
  if (isBlob(source)) {
    // A Blob can be read at any offset: read exactly one chunk at a time.
    for (let pos = 0; pos < source.size; pos += size) yield new Uint8Array(await source.slice(pos, pos + size).arrayBuffer());
    return;
  }
  const pieces: AsyncIterable<unknown> = isWebStream(source) ? readWebStream(source) : source;
  let pending: Uint8Array | undefined;
  let fill = 0;
  for await (const p of pieces) {
    const piece = asBytes(p);
    let off = 0;
    if (pending) {
      off = Math.min(size - fill, piece.length);
      pending.set(piece.subarray(0, off), fill);
      fill += off;
      if (fill < size) continue;
      yield pending;
      pending = undefined;
      fill = 0;
    }
    for (; piece.length - off >= size; off += size) yield piece.subarray(off, off + size);
    if (off < piece.length) {
      pending = new Uint8Array(size);
      pending.set(piece.subarray(off));
      fill = piece.length - off;
    }
  }
  if (pending) yield pending.subarray(0, fill);
}
