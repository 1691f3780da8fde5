import { AwsChunkedSigner } from './awsChunkedSigner.js';
import { type AwsChunkedLayout, checkLayout, DEFAULT_CHUNK_SIZE, trailerHeaderName } from './awsChunkedLength.js';
import { type AwsChunkedSource, type ChunkParts, Rechunker, sourcePieces } from './awsChunkedSource.js';
import { crcToBase64, crcUpdate } from './crc32.js';
import type { ChecksumAlgorithm } from './SigningContext.js';

/** Where the chunk signature chain starts: the header request's key, date, scope and signature. */
export interface AwsChunkedSigning {
  signingKey: Uint8Array;
  amzDate: string;
  scope: string;
  seedSignature: string;
}

export interface AwsChunkedEncodeOptions extends AwsChunkedLayout {
  /** Required for the `signed` and `signed-trailer` modes. */
  signing?: AwsChunkedSigning;
  /** When given, a source of any other length fails the body (Content-Length was sent). */
  decodedLength?: number;
  /** Hex chunk sizes in upper case (smithy-rs does); default lower case (botocore, S3 docs). */
  upperCaseHex?: boolean;
}

const EMPTY = /* @__PURE__ */ new Uint8Array(0);

/**
 * Encodes a source as an aws-chunked body, lazily: nothing is read until the body is
 * iterated, and each chunk is read, hashed, signed and handed on before the next is read.
 * Every iteration starts over from the seed signature, so a bytes or Blob source can be
 * sent again (a retry); a stream can be read only once.
 */
export function encodeAwsChunked(source: AwsChunkedSource, options: AwsChunkedEncodeOptions = {}): AsyncIterable<Uint8Array> {
  const mode = options.mode ?? 'signed';
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkLayout(options.decodedLength ?? 0, chunkSize);
  if (mode !== 'unsigned-trailer' && !options.signing) throw new TypeError(`aws-chunked: the ${mode} mode needs the seed signature`);
  return { [Symbol.asyncIterator]: () => new AwsChunkedIterator(source, { ...options, mode, chunkSize }) };
}

// Chunk headers are carved from a shared slab: a ~90-byte typed array of its own per chunk
// costs an off-heap allocation and GC work comparable to the framing itself. Written bytes
// are never overwritten, so a header stays valid while the transport holds it.
let slab = /* @__PURE__ */ new Uint8Array(0);
let slabAt = 0;

/** ASCII text (the framing is ASCII) as bytes. */
function ascii(s: string): Uint8Array {
  if (slabAt + s.length > slab.length) {
    slab = new Uint8Array(Math.max(16 * 1024, s.length));
    slabAt = 0;
  }
  const start = slabAt;
  for (let i = 0; i < s.length; i++) slab[slabAt++] = s.charCodeAt(i);
  return slab.subarray(start, slabAt);
}

// A hand-written iterator rather than an async generator: an async generator costs several
// promise turns per yield, and a chunk yields twice or more (its header, then its bytes as
// the views of the source pieces, uncopied).
// Here a piece that is ready is handed out with one resolved promise; only reading the
// source waits.
class AwsChunkedIterator implements AsyncIterator<Uint8Array> {
  private readonly signer?: AwsChunkedSigner;
  private readonly alg?: ChecksumAlgorithm;
  private readonly rechunker: Rechunker;
  private input?: Iterator<unknown> | AsyncIterator<unknown>;
  /** Framed output waiting to be handed out. */
  private out: Uint8Array[] = [];
  private outAt = 0;
  /** Chunks cut from the source, not yet hashed and signed (signed only when pulled). */
  private cut: ChunkParts[] = [];
  private cutAt = 0;
  private ended = false;
  private crc = 0;
  private total = 0;
  // Each chunk's closing CRLF is sent with the next header: one small write per chunk.
  private crlf = '';

  constructor(
    private readonly source: AwsChunkedSource,
    private readonly o: AwsChunkedEncodeOptions & Required<Pick<AwsChunkedEncodeOptions, 'mode' | 'chunkSize'>>,
  ) {
    const s = o.mode === 'unsigned-trailer' ? undefined : o.signing!;
    if (s) this.signer = new AwsChunkedSigner(s.signingKey, s.amzDate, s.scope, s.seedSignature);
    if (o.mode !== 'signed') this.alg = o.trailer ?? 'crc32';
    this.rechunker = new Rechunker(o.chunkSize);
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    try {
      return Promise.resolve(this.ready() ?? this.pull());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  async return(): Promise<IteratorResult<Uint8Array>> {
    // Stopped early (the upload failed or was aborted): release the source.
    this.ended = true;
    this.out = [];
    this.cut = [];
    await this.input?.return?.();
    return { done: true, value: undefined };
  }

  /** The next piece if it can be had without reading the source. */
  private ready(): IteratorResult<Uint8Array> | undefined {
    if (this.outAt < this.out.length) return { done: false, value: this.out[this.outAt++]! };
    if (this.cutAt < this.cut.length) {
      const chunk = this.cut[this.cutAt++]!;
      this.out = [this.frame(chunk), ...chunk];
      this.outAt = 1;
      return { done: false, value: this.out[0]! };
    }
    if (this.ended) return { done: true, value: undefined };
    return undefined;
  }

  private async pull(): Promise<IteratorResult<Uint8Array>> {
    const pieces = sourcePieces(this.source, this.o.chunkSize);
    this.input ??= Symbol.asyncIterator in pieces ? pieces[Symbol.asyncIterator]() : pieces[Symbol.iterator]();
    for (;;) {
      const r = await this.input.next();
      if (r.done) {
        const last = this.rechunker.flush();
        this.cut = [];
        this.cutAt = 0;
        this.out = last ? [this.frame(last), ...last, this.tail()] : [this.tail()];
        this.outAt = 0;
        this.ended = true;
      } else {
        this.cut = this.rechunker.push(r.value);
        this.cutAt = 0;
      }
      const next = this.ready();
      if (next) return next;
    }
  }

  /** Counts, checksums and signs a chunk; returns its header line. */
  private frame(chunk: ChunkParts): Uint8Array {
    const { o } = this;
    let length = 0;
    for (const part of chunk) {
      length += part.length;
      if (this.alg) this.crc = crcUpdate(this.alg, this.crc, part);
    }
    this.total += length;
    if (o.decodedLength !== undefined && this.total > o.decodedLength) throw lengthError(o.decodedLength, 'more');
    const size = o.upperCaseHex ? length.toString(16).toUpperCase() : length.toString(16);
    const ext = this.signer ? `;chunk-signature=${this.signer.signChunk(chunk)}` : '';
    const line = ascii(`${this.crlf}${size}${ext}\r\n`);
    this.crlf = '\r\n';
    return line;
  }

  /** The final chunk, then the trailer (trailer modes), then the closing CRLF. */
  private tail(): Uint8Array {
    const { o, signer } = this;
    if (o.decodedLength !== undefined && this.total !== o.decodedLength) throw lengthError(o.decodedLength, `only ${this.total}`);
    let tail = `${this.crlf}0${signer ? `;chunk-signature=${signer.signChunk(EMPTY)}` : ''}\r\n`;
    if (this.alg) {
      const trailers = [[trailerHeaderName(this.alg), crcToBase64(this.crc)] as const];
      for (const [name, value] of trailers) tail += `${name}:${value}\r\n`;
      if (signer) tail += `x-amz-trailer-signature:${signer.signTrailer(trailers)}\r\n`;
    }
    return ascii(`${tail}\r\n`);
  }
}

function lengthError(expected: number, got: string): Error {
  return new Error(`aws-chunked: the body holds ${got} bytes, but its decoded length was given as ${expected}`);
}
