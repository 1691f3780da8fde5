// Cuts an upload body into parts of exactly `partSize` bytes (the last one shorter), reading a
// stream only as parts are asked for, so at most one part is being filled at a time.
import { isBlob, isReadableStream } from '@skiff/core';
import type { StreamingBlobInput } from './shapes.js';

export interface Part {
  bytes: Uint8Array;
  /** No byte follows this part. */
  last: boolean;
}

export class PartReader {
  private readonly bytes?: Uint8Array;
  private readonly blob?: Blob;
  private reader?: ReadableStreamDefaultReader<Uint8Array>;
  private it?: AsyncIterator<unknown>;
  private offset = 0;
  private pending?: Uint8Array;
  private finished = false;
  // Part buffers handed back after their part was sent: reused, so a long upload makes no
  // garbage and memory stays at the parts in flight plus the one being filled.
  private readonly pool: Uint8Array[] = [];
  private readonly own = new WeakSet<ArrayBufferLike>();
  /** Bytes handed out so far. */
  read = 0;

  constructor(
    private readonly source: StreamingBlobInput,
    private readonly partSize: number,
  ) {
    if (typeof source === 'string') this.bytes = new TextEncoder().encode(source);
    else if (source instanceof Uint8Array) this.bytes = source;
    else if (isBlob(source)) this.blob = source;
    else if (isReadableStream(source)) this.reader = source.getReader();
    else this.it = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  }

  /** The next part, or undefined after the last one. */
  async next(): Promise<Part | undefined> {
    if (this.finished) return undefined;
    let part: Uint8Array;
    if (this.bytes) {
      // Views of the caller's bytes: nothing is copied.
      part = this.bytes.subarray(this.offset, this.offset + this.partSize);
      this.offset += part.length;
      this.finished = this.offset >= this.bytes.length;
    } else if (this.blob) {
      part = new Uint8Array(await this.blob.slice(this.offset, this.offset + this.partSize).arrayBuffer());
      this.offset += part.length;
      this.finished = this.offset >= this.blob.size;
    } else {
      part = await this.fill();
    }
    this.read += part.length;
    return { bytes: part, last: this.finished };
  }

  // Pieces are copied into a part buffer of our own (fresh, or one handed back by release()):
  // the part is kept for retries, and a producer may reuse the memory of a piece it handed over.
  /** Hands a part's memory back once its request has settled for good (it must not be read again). */
  release(part: Uint8Array): void {
    if (this.own.has(part.buffer) && this.pool.length < 64) this.pool.push(new Uint8Array(part.buffer, 0, this.partSize));
  }

  private async fill(): Promise<Uint8Array> {
    let buf = this.pool.pop();
    if (!buf) {
      buf = new Uint8Array(this.partSize);
      this.own.add(buf.buffer);
    }
    let fill = 0;
    while (fill < this.partSize) {
      const piece = this.pending ?? (await this.pull());
      this.pending = undefined;
      if (!piece) break;
      const take = Math.min(piece.length, this.partSize - fill);
      buf.set(piece.subarray(0, take), fill);
      fill += take;
      if (take < piece.length) this.pending = piece.subarray(take);
    }
    // Whether this part is the last: look one piece ahead (a piece, not a part, is held).
    if (!this.pending) this.pending = await this.pull();
    this.finished = !this.pending;
    return fill === this.partSize ? buf : buf.subarray(0, fill);
  }

  private async pull(): Promise<Uint8Array | undefined> {
    for (;;) {
      const r = this.reader ? await this.reader.read() : await this.it!.next();
      if (r.done) return undefined;
      const piece = asBytes(r.value);
      if (piece.length) return piece;
    }
  }

  /**
   * Stops reading: the source is told to stop producing (web stream cancelled, Node Readable
   * destroyed, iterator returned). Not awaited on the source: a stalled producer cannot hold
   * up an abort.
   */
  close(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.reader) void this.reader.cancel().catch(() => undefined);
    else if (this.it) {
      const s = this.source as { destroy?: (e?: Error) => void };
      if (typeof s.destroy === 'function') s.destroy();
      else void Promise.resolve(this.it.return?.(undefined)).catch(() => undefined);
    }
  }
}

function asBytes(piece: unknown): Uint8Array {
  if (piece instanceof Uint8Array) return piece;
  if (typeof piece === 'string') return new TextEncoder().encode(piece);
  if (ArrayBuffer.isView(piece)) return new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
  if (piece instanceof ArrayBuffer) return new Uint8Array(piece);
  throw new TypeError(`Upload: the body yielded ${typeof piece}, not bytes`);
}
