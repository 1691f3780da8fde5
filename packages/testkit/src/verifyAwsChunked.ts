// An aws-chunked decoder and verifier written for the tests, from the S3 documentation alone:
// node:crypto for SHA-256/HMAC and its own bytewise CRC tables. It shares no code with the
// encoder in @skiff/core, so a bug there cannot hide itself here.
import { createHash, createHmac } from 'node:crypto';

export class AwsChunkedVerificationError extends Error {
  override name = 'AwsChunkedVerificationError';
}

export interface AwsChunkedVerifyOptions {
  /** The header request's `x-amz-content-sha256` (STREAMING-…): decides the layout. */
  contentSha256: string;
  /** Needed for the signed layouts. */
  secretAccessKey?: string;
  /** `x-amz-date` of the header request. */
  amzDate?: string;
  region?: string;
  service?: string;
  /** The signature in the header request's Authorization: the first chunk chains from it. */
  seedSignature?: string;
  /** When given, the decoded data must be exactly this long. */
  decodedContentLength?: number;
  /** When given (Content-Length), the encoded body must be exactly this long. */
  encodedContentLength?: number;
  /** When given (`x-amz-trailer`), exactly these trailer headers must come. */
  trailerNames?: string[];
  /** Keep the decoded bytes in the result (default true; false for huge bodies). */
  keepData?: boolean;
}

export interface AwsChunkedVerified {
  data?: Uint8Array;
  decodedLength: number;
  encodedLength: number;
  /** Data chunk sizes, final empty chunk excluded. */
  chunkSizes: number[];
  /** Every chunk signature, the final chunk's included (signed layouts). */
  chunkSignatures: string[];
  trailers: Array<[string, string]>;
  trailerSignature?: string;
}

const EMPTY_SHA256 = createHash('sha256').digest('hex');
const LAYOUTS: Record<string, { signed: boolean; trailer: boolean }> = {
  'STREAMING-AWS4-HMAC-SHA256-PAYLOAD': { signed: true, trailer: false },
  'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER': { signed: true, trailer: true },
  'STREAMING-UNSIGNED-PAYLOAD-TRAILER': { signed: false, trailer: true },
};

function crcTable(poly: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
const CRC_TABLES: Record<string, Uint32Array> = { 'x-amz-checksum-crc32': crcTable(0xedb88320), 'x-amz-checksum-crc32c': crcTable(0x82f63b78) };

const sha256Hex = (d: Uint8Array | string) => createHash('sha256').update(d).digest('hex');
const fail = (msg: string): never => {
  throw new AwsChunkedVerificationError(msg);
};

/** Incremental verifier: `push` the encoded bytes as they come, then `end()`. */
export class AwsChunkedVerifier {
  private readonly layout: { signed: boolean; trailer: boolean };
  private readonly key?: Buffer;
  private readonly scope?: string;
  private prev?: string;
  private buf: Uint8Array = new Uint8Array(0);
  private state: 'header' | 'data' | 'trailer' | 'end-crlf' | 'done' = 'header';
  private need = 0;
  private pendingSignature?: string;
  private readonly crcs = new Map<string, number>();
  private readonly parts: Uint8Array[] = [];
  private readonly result: AwsChunkedVerified = { decodedLength: 0, encodedLength: 0, chunkSizes: [], chunkSignatures: [], trailers: [] };

  constructor(private readonly o: AwsChunkedVerifyOptions) {
    this.layout = LAYOUTS[o.contentSha256] ?? fail(`not an aws-chunked x-amz-content-sha256: ${o.contentSha256}`);
    for (const name of Object.keys(CRC_TABLES)) this.crcs.set(name, 0xffffffff);
    if (this.layout.signed) {
      const { secretAccessKey, amzDate, region, service, seedSignature } = o;
      if (!secretAccessKey || !amzDate || !region || !service || !seedSignature) fail('a signed layout needs the key, date, region, service and seed signature');
      let k = createHmac('sha256', `AWS4${secretAccessKey}`).update(amzDate!.slice(0, 8)).digest();
      for (const part of [region!, service!, 'aws4_request']) k = createHmac('sha256', k).update(part).digest();
      this.key = k;
      this.scope = `${amzDate!.slice(0, 8)}/${region}/${service}/aws4_request`;
      this.prev = seedSignature;
    }
  }

  push(bytes: Uint8Array): void {
    if (this.state === 'done' && bytes.length) fail('bytes after the end of the aws-chunked body');
    this.result.encodedLength += bytes.length;
    if (this.buf.length === 0) this.buf = bytes;
    else {
      const b = new Uint8Array(this.buf.length + bytes.length);
      b.set(this.buf);
      b.set(bytes, this.buf.length);
      this.buf = b;
    }
    this.parse();
  }

  /** Decoded data bytes received so far, a chunk still in progress included. */
  get dataBytesSeen(): number {
    return this.result.decodedLength + (this.state === 'data' ? Math.min(this.buf.length, this.need) : 0);
  }

  end(): AwsChunkedVerified {
    if (this.state !== 'done' || this.buf.length) fail(`the aws-chunked body ends early (in ${this.state})`);
    const r = this.result;
    const sizes = r.chunkSizes;
    if (sizes.slice(0, -1).some((s) => s !== sizes[0]) || (sizes.length > 1 && sizes.at(-1)! > sizes[0]!)) fail(`uneven chunk sizes: ${sizes.join(',')}`);
    if (this.o.decodedContentLength !== undefined && r.decodedLength !== this.o.decodedContentLength) {
      fail(`decoded ${r.decodedLength} bytes, x-amz-decoded-content-length says ${this.o.decodedContentLength}`);
    }
    if (this.o.encodedContentLength !== undefined && r.encodedLength !== this.o.encodedContentLength) {
      fail(`the body is ${r.encodedLength} bytes, Content-Length says ${this.o.encodedContentLength}`);
    }
    if (this.layout.trailer) {
      const names = r.trailers.map(([n]) => n);
      if (this.o.trailerNames && names.join(',') !== this.o.trailerNames.map((n) => n.toLowerCase()).join(',')) fail(`trailers ${names} but x-amz-trailer ${this.o.trailerNames}`);
      for (const [name, value] of r.trailers) {
        const crc = this.crcs.get(name);
        if (crc === undefined) continue;
        const v = (crc ^ 0xffffffff) >>> 0;
        const expected = Buffer.from([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]).toString('base64');
        if (value !== expected) fail(`${name} is ${value}, the data's is ${expected}`);
      }
      if (this.layout.signed && !r.trailerSignature) fail('no x-amz-trailer-signature');
    }
    if (this.o.keepData !== false) r.data = new Uint8Array(Buffer.concat(this.parts));
    return r;
  }

  private line(): string | undefined {
    for (let i = 0; i + 1 < this.buf.length; i++) {
      if (this.buf[i] === 13 && this.buf[i + 1] === 10) {
        const s = Buffer.from(this.buf.subarray(0, i)).toString('latin1');
        this.buf = this.buf.subarray(i + 2);
        return s;
      }
    }
    if (this.buf.length > 8192) fail('a chunk header line without CRLF');
    return undefined;
  }

  private sign(stringToSign: string): string {
    return createHmac('sha256', this.key!).update(stringToSign).digest('hex');
  }

  private checkChunk(data: Uint8Array, signature: string | undefined): void {
    if (!this.layout.signed) return;
    const sts = ['AWS4-HMAC-SHA256-PAYLOAD', this.o.amzDate, this.scope, this.prev, EMPTY_SHA256, sha256Hex(data)].join('\n');
    const expected = this.sign(sts);
    if (signature !== expected) fail(`chunk ${this.result.chunkSignatures.length} signature ${signature} should be ${expected}`);
    this.result.chunkSignatures.push(expected);
    this.prev = expected;
  }

  private parse(): void {
    for (;;) {
      if (this.state === 'header') {
        const l = this.line();
        if (l === undefined) return;
        const m = this.layout.signed ? /^([0-9a-fA-F]{1,16});chunk-signature=([0-9a-f]{64})$/.exec(l) : /^([0-9a-fA-F]{1,16})$/.exec(l);
        if (!m) fail(`bad chunk header line: ${JSON.stringify(l.slice(0, 120))}`);
        this.need = Number.parseInt(m![1]!, 16);
        this.pendingSignature = m![2];
        if (this.need === 0) {
          this.checkChunk(new Uint8Array(0), this.pendingSignature);
          this.state = this.layout.trailer ? 'trailer' : 'end-crlf';
        } else this.state = 'data';
      } else if (this.state === 'data') {
        if (this.buf.length < this.need + 2) return;
        const data = this.buf.subarray(0, this.need);
        if (this.buf[this.need] !== 13 || this.buf[this.need + 1] !== 10) fail('chunk data not followed by CRLF');
        this.buf = this.buf.subarray(this.need + 2);
        this.checkChunk(data, this.pendingSignature);
        if (this.layout.trailer) for (const [name, t] of Object.entries(CRC_TABLES)) {
          let c = this.crcs.get(name)!;
          for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 255]! ^ (c >>> 8);
          this.crcs.set(name, c);
        }
        this.result.chunkSizes.push(data.length);
        this.result.decodedLength += data.length;
        if (this.o.keepData !== false) this.parts.push(data);
        this.state = 'header';
      } else if (this.state === 'end-crlf') {
        if (this.buf.length < 2) return;
        if (this.buf[0] !== 13 || this.buf[1] !== 10) fail('no CRLF after the final chunk');
        this.buf = this.buf.subarray(2);
        this.state = 'done';
      } else if (this.state === 'trailer') {
        const l = this.line();
        if (l === undefined) return;
        if (l === '') {
          this.state = 'done';
          continue;
        }
        const colon = l.indexOf(':');
        if (colon < 1) fail(`bad trailer line: ${JSON.stringify(l)}`);
        const name = l.slice(0, colon).toLowerCase();
        const value = l.slice(colon + 1).trim();
        if (name === 'x-amz-trailer-signature') {
          if (!this.layout.signed) fail('a trailer signature in an unsigned layout');
          const canonical = [...this.result.trailers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, v]) => `${n}:${v}\n`).join('');
          const expected = this.sign(['AWS4-HMAC-SHA256-TRAILER', this.o.amzDate, this.scope, this.prev, sha256Hex(canonical)].join('\n'));
          if (value !== expected) fail(`trailer signature ${value} should be ${expected}`);
          this.result.trailerSignature = value;
        } else if (this.result.trailerSignature) fail('a trailer after the trailer signature');
        else this.result.trailers.push([name, value]);
      } else {
        if (this.buf.length) fail('bytes after the end of the aws-chunked body');
        return;
      }
    }
  }
}

/** Verifies a whole encoded body; throws AwsChunkedVerificationError on any mismatch. */
export function verifyAwsChunked(body: Uint8Array, options: AwsChunkedVerifyOptions): AwsChunkedVerified {
  const v = new AwsChunkedVerifier(options);
  v.push(body);
  return v.end();
}

/** Verifies an encoded body read from a stream, piece by piece. */
export async function verifyAwsChunkedStream(body: AsyncIterable<Uint8Array>, options: AwsChunkedVerifyOptions): Promise<AwsChunkedVerified> {
  const v = new AwsChunkedVerifier(options);
  for await (const piece of body) v.push(piece);
  return v.end();
}

/**
 * The options for a captured request (lower-case headers): seed, date and scope from its
 * Authorization, layout and lengths from its x-amz-* headers.
 */
export function awsChunkedOptionsOf(headers: Record<string, string>, secretAccessKey: string): AwsChunkedVerifyOptions {
  const auth = headers.authorization ?? '';
  const cred = /Credential=[^/]+\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  const seed = /Signature=([0-9a-f]{64})/.exec(auth);
  const decoded = headers['x-amz-decoded-content-length'];
  const length = headers['content-length'];
  return {
    contentSha256: headers['x-amz-content-sha256'] ?? '',
    secretAccessKey,
    amzDate: headers['x-amz-date'],
    region: cred?.[2],
    service: cred?.[3],
    seedSignature: seed?.[1],
    decodedContentLength: decoded === undefined ? undefined : Number(decoded),
    encodedContentLength: length === undefined ? undefined : Number(length),
    trailerNames: headers['x-amz-trailer']?.split(',').map((s) => s.trim()),
  };
}
