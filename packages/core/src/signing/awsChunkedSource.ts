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

/** A chunk as the views of the source pieces it spans (usually one), in order. */
export type ChunkParts = Uint8Array[];

// A chunk spread over more pieces than this is gathered into one buffer: hashing and writing
// many tiny views costs more than one copy.
const MAX_PARTS = 8;

/**
 * Cuts pieces of any size into chunks of exactly `size` bytes (the last one shorter, none
 * empty), synchronously: no promise per chunk. Nothing is copied: a chunk is the views of
 * the pieces it spans (gathered only past MAX_PARTS), so what is held is the current chunk's
 * pieces, about a chunk or two of memory.
 */
export class Rechunker {
  private parts: ChunkParts = [];
  private fill = 0;

  constructor(private readonly size: number) {}

  /** The chunks completed by this piece. */
  push(p: unknown): ChunkParts[] {
    const piece = asBytes(p);
    const { size } = this;
    const out: ChunkParts[] = [];
    let off = 0;
    if (this.fill > 0) {
      off = Math.min(size - this.fill, piece.length);
      if (off > 0) this.parts.push(piece.subarray(0, off));
      this.fill += off;
      if (this.fill < size) return out;
      out.push(this.take());
    }
    for (; piece.length - off >= size; off += size) out.push([piece.subarray(off, off + size)]);
    if (off < piece.length) {
      this.parts = [piece.subarray(off)];
      this.fill = piece.length - off;
    }
    return out;
  }

  /** The last, shorter chunk, if any. */
  flush(): ChunkParts | undefined {
    return this.fill > 0 ? this.take() : undefined;
  }

  private take(): ChunkParts {
    let parts = this.parts;
    if (parts.length > MAX_PARTS) {
      const whole = new Uint8Array(this.fill);
      let at = 0;
      for (const part of parts) {
        whole.set(part, at);
        at += part.length;
      }
      parts = [whole];
    }
    this.parts = [];
    this.fill = 0;
    return parts;
  }
}
