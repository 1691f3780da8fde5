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

/** The source as pieces of any size; a Blob is read a chunk at a time (it can seek). */
export function sourcePieces(source: AwsChunkedSource, chunkSize: number): Iterable<unknown> | AsyncIterable<unknown> {
  if (source instanceof Uint8Array) return [source];
  if (isBlob(source)) return readBlob(source, chunkSize);
  return isWebStream(source) ? readWebStream(source) : source;
}

async function* readBlob(blob: Blob, size: number): AsyncGenerator<Uint8Array> {
  for (let pos = 0; pos < blob.size; pos += size) yield new Uint8Array(await blob.slice(pos, pos + size).arrayBuffer());
}

/**
 * Cuts pieces of any size into chunks of exactly `size` bytes (the last one shorter, none
 * empty), synchronously: no promise per chunk. A whole chunk inside a piece is passed on as
 * a view, not copied; only chunks that straddle pieces are gathered, each into a fresh
 * buffer since the consumer may still hold the previous one. So at most one chunk is held
 * besides the current piece.
 */
export class Rechunker {
  private pending: Uint8Array | undefined;
  private fill = 0;

  constructor(private readonly size: number) {}

  /** The chunks completed by this piece. */
  push(p: unknown): Uint8Array[] {
    const piece = asBytes(p);
    const { size } = this;
    const out: Uint8Array[] = [];
    let off = 0;
    if (this.pending) {
      off = Math.min(size - this.fill, piece.length);
      this.pending.set(piece.subarray(0, off), this.fill);
      this.fill += off;
      if (this.fill < size) return out;
      out.push(this.pending);
      this.pending = undefined;
      this.fill = 0;
    }
    for (; piece.length - off >= size; off += size) out.push(piece.subarray(off, off + size));
    if (off < piece.length) {
      this.pending = new Uint8Array(size);
      this.pending.set(piece.subarray(off));
      this.fill = piece.length - off;
    }
    return out;
  }

  /** The last, shorter chunk, if any. */
  flush(): Uint8Array | undefined {
    const last = this.pending?.subarray(0, this.fill);
    this.pending = undefined;
    return last;
  }
}
