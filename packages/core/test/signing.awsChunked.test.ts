// The aws-chunked encoder on its own: every source kind, arbitrary piece sizes, exact
// lengths, laziness, the independent verifier's verdicts, and bounded memory on a large stream.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { Crc32 } from '@aws-crypto/crc32';
import { Crc32c } from '@aws-crypto/crc32c';
import { awsChunkedOptionsOf, AwsChunkedVerificationError, verifyAwsChunked } from '@skiff/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AwsChunkedSigning, encodeAwsChunked } from '../src/signing/awsChunkedEncoder.js';
import { type AwsChunkedMode, awsChunkedEncodedLength } from '../src/signing/awsChunkedLength.js';
import { deriveSigningKey } from '../src/signing/awsChunkedSigner.js';
import type { AwsChunkedSource } from '../src/signing/awsChunkedSource.js';
import { createChunkHasher as browserChunkHasher } from '../src/platform/browser.js';
import { createChunkHasher as nodeChunkHasher } from '../src/platform/node.js';
import { crc32, crc32c, jsCrcUpdate } from '../src/signing/crc32.js';
import { signRequest } from '../src/signing/signRequest.js';
import type { SigningContext } from '../src/signing/SigningContext.js';
import { signStreaming } from '../src/signing/streamingRequest.js';

const CREDS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const DATE = '20251121T120000Z';
const SCOPE = '20251121/us-west-2/s3/aws4_request';
const SIGNING: AwsChunkedSigning = { signingKey: deriveSigningKey(CREDS.secretAccessKey, '20251121', 'us-west-2', 's3'), amzDate: DATE, scope: SCOPE, seedSignature: 'ab'.repeat(32) };
const CONTENT_SHA256 = { signed: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', 'signed-trailer': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER', 'unsigned-trailer': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' };
const verifyOptions = (mode: AwsChunkedMode, decodedContentLength?: number) => ({
  contentSha256: CONTENT_SHA256[mode],
  secretAccessKey: CREDS.secretAccessKey,
  amzDate: DATE,
  region: 'us-west-2',
  service: 's3',
  seedSignature: SIGNING.seedSignature,
  decodedContentLength,
});

async function collect(body: AsyncIterable<Uint8Array> | unknown): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of body as AsyncIterable<Uint8Array>) parts.push(p);
  return new Uint8Array(Buffer.concat(parts));
}

/** `data` cut into successive pieces whose sizes cycle through `sizes` (0 allowed). */
function cut(data: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let off = 0, i = 0; off < data.length; i++) {
    const n = sizes[i % sizes.length]!;
    out.push(data.slice(off, off + n));
    off += n;
  }
  return out;
}
async function* asyncPieces(pieces: Uint8Array[]) {
  for (const p of pieces) {
    await new Promise((r) => setImmediate(r));
    yield p;
  }
}
const webStream = (pieces: Uint8Array[]) => {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < pieces.length) c.enqueue(pieces[i++]!);
      else c.close();
    },
  });
};

describe('aws-chunked encoder', () => {
  const data = new Uint8Array(randomBytes(200_000));
  const sizes = [1, 7, 0, 65_537, 3, 8_191, 40_000];
  const sources: Array<[string, () => AwsChunkedSource]> = [
    ['Uint8Array', () => data],
    ['Blob', () => new Blob([data])],
    ['web ReadableStream', () => webStream(cut(data, sizes))],
    ['AsyncIterable with odd piece sizes', () => asyncPieces(cut(data, sizes))],
    ['node Readable', () => Readable.from(cut(data, sizes.filter(Boolean)).map((p) => Buffer.from(p)))],
  ];

  it.each(sources)('encodes from a %s, each mode, to exact chunk sizes', async (_kind, source) => {
    for (const mode of ['signed', 'signed-trailer', 'unsigned-trailer'] as const) {
      const layout = { chunkSize: 16_384, mode, trailer: 'crc32c' as const };
      const body = await collect(encodeAwsChunked(source(), { ...layout, signing: SIGNING, decodedLength: data.length }));
      expect(body.length).toBe(awsChunkedEncodedLength(data.length, layout));
      const v = verifyAwsChunked(body, verifyOptions(mode, data.length));
      expect(Buffer.from(v.data!).equals(data)).toBe(true);
      expect(v.chunkSizes).toEqual([...Array(12).fill(16_384), 200_000 - 12 * 16_384]);
      if (mode !== 'signed') expect(v.trailers[0]![0]).toBe('x-amz-checksum-crc32c');
    }
  });

  it('gives the same bytes whatever the pieces, and the exact length for any size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 8 }).filter((a) => a.some(Boolean)),
        fc.integer({ min: 1, max: 600 }),
        fc.constantFrom<AwsChunkedMode>('signed', 'signed-trailer', 'unsigned-trailer'),
        fc.constantFrom('crc32' as const, 'crc32c' as const),
        async (length, pieceSizes, chunkSize, mode, trailer) => {
          const d = data.subarray(0, length);
          const opts = { chunkSize, mode, trailer, signing: SIGNING };
          const whole = await collect(encodeAwsChunked(d, opts));
          const pieced = await collect(encodeAwsChunked(asyncPieces(cut(d, pieceSizes)), opts));
          expect(Buffer.from(pieced).equals(Buffer.from(whole))).toBe(true);
          expect(whole.length).toBe(awsChunkedEncodedLength(length, { chunkSize, mode, trailer }));
          expect(verifyAwsChunked(whole, verifyOptions(mode, length)).decodedLength).toBe(length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('passes pieces on as views, and gathers a chunk spread over many tiny pieces', async () => {
    const d = data.subarray(0, 1000);
    const pieces = [d.subarray(0, 50), d.subarray(50, 120), ...cut(d.subarray(120), [1])];
    const out: Uint8Array[] = [];
    for await (const p of encodeAwsChunked(asyncPieces(pieces), { chunkSize: 100, mode: 'unsigned-trailer' })) out.push(p);
    // The first chunk is two views of the first two pieces, sharing their memory.
    expect(out[1]!.buffer).toBe(pieces[0]!.buffer);
    expect(out[2]!.buffer).toBe(pieces[1]!.buffer);
    expect(out[1]!.length + out[2]!.length).toBe(100);
    // Later chunks made of 100 one-byte pieces come as one gathered buffer each.
    expect(out.slice(3).every((p) => p.length <= 100)).toBe(true);
    expect(out.length).toBeLessThan(40);
    const v = verifyAwsChunked(new Uint8Array(Buffer.concat(out)), verifyOptions('unsigned-trailer', 1000));
    expect(Buffer.from(v.data!).equals(Buffer.from(d))).toBe(true);
  });

  it('fails the body when the source is longer or shorter than announced', async () => {
    await expect(collect(encodeAwsChunked(data, { signing: SIGNING, decodedLength: data.length - 1 }))).rejects.toThrow(/decoded length/);
    await expect(collect(encodeAwsChunked(asyncPieces([data]), { signing: SIGNING, decodedLength: data.length + 1 }))).rejects.toThrow(/only 200000/);
  });

  it('hashes chunks alike on both platforms (the browser one is plain JS)', () => {
    const key = SIGNING.signingKey;
    const [n, b] = [nodeChunkHasher(key), browserChunkHasher(key)];
    for (const d of [data.subarray(0, 0), data.subarray(3, 70_000)]) expect(b.sha256Hex(d)).toBe(n.sha256Hex(d));
    expect(n.sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(b.hmacHex('AWS4-HMAC-SHA256-PAYLOAD\nx')).toBe(n.hmacHex('AWS4-HMAC-SHA256-PAYLOAD\nx'));
  });

  it('computes CRC32 (native and JS) and CRC32C like @aws-crypto, also when continued', () => {
    for (const n of [0, 1, 15, 16, 17, 1000, 65_536 + 3]) {
      const d = data.subarray(5, 5 + n);
      expect(crc32(d)).toBe(new Crc32().update(d).digest());
      expect(jsCrcUpdate('crc32', 0, d)).toBe(new Crc32().update(d).digest());
      expect(jsCrcUpdate('crc32', crc32(d.subarray(0, n >> 1)), d.subarray(n >> 1))).toBe(crc32(d));
      expect(crc32c(d)).toBe(new Crc32c().update(d).digest());
      expect(crc32c(d.subarray(n >> 1), crc32c(d.subarray(0, n >> 1)))).toBe(crc32c(d));
    }
  });
});

describe('signStreaming', () => {
  const ctx: SigningContext = { credentials: CREDS, region: 'us-west-2', service: 's3', date: new Date('2025-11-21T12:00:00Z'), s3: true };
  const url = 'https://s3.eu-central-1.s4.mega.io/golden-bucket/big/object.bin';

  it('reads nothing until the transport pulls the body, and can send bytes again (a retry)', async () => {
    const data = new Uint8Array(randomBytes(100_000));
    let reads = 0;
    async function* counted() {
      reads++;
      yield data;
    }
    const req = await signStreaming({ method: 'PUT', url, headers: {}, body: counted() }, { ...ctx, decodedContentLength: data.length });
    expect(reads).toBe(0);
    const opts = awsChunkedOptionsOf(req.headers, CREDS.secretAccessKey);
    expect(verifyAwsChunked(await collect(req.body), opts).decodedLength).toBe(data.length);
    expect(reads).toBe(1);

    const again = await signStreaming({ method: 'PUT', url, headers: {}, body: data }, ctx);
    const first = await collect(again.body);
    expect(Buffer.from(await collect(again.body)).equals(Buffer.from(first))).toBe(true);
  });

  it("is what signRequest does for payload 'streaming-signed', with a trailer when asked", async () => {
    const data = new Uint8Array(randomBytes(70_000));
    const req = await signRequest({ method: 'PUT', url, headers: { 'content-type': 'application/octet-stream' }, body: webStream(cut(data, [999])) }, { ...ctx, payload: 'streaming-signed', trailer: 'crc32', decodedContentLength: data.length });
    expect(req.headers).toMatchObject({
      'content-encoding': 'aws-chunked',
      'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
      'x-amz-decoded-content-length': '70000',
      'x-amz-trailer': 'x-amz-checksum-crc32',
      'content-length': String(awsChunkedEncodedLength(70_000, { mode: 'signed-trailer' })),
    });
    expect(req.headers.authorization).toMatch(/SignedHeaders=content-encoding;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;x-amz-trailer,/);
    const v = verifyAwsChunked(await collect(req.body), awsChunkedOptionsOf(req.headers, CREDS.secretAccessKey));
    expect(Buffer.from(v.data!).equals(data)).toBe(true);
  });

  it('needs the decoded length of a stream, and refuses one that disagrees with the bytes', async () => {
    await expect(signStreaming({ method: 'PUT', url, headers: {}, body: webStream([]) }, ctx)).rejects.toThrow(/decodedContentLength is required/);
    await expect(signStreaming({ method: 'PUT', url, headers: {}, body: new Uint8Array(3) }, { ...ctx, decodedContentLength: 4 })).rejects.toThrow(/holds 3 bytes/);
  });
});

describe('verifyAwsChunked (testkit) rejects tampering', () => {
  const data = new Uint8Array(randomBytes(40_000));
  const encode = async (mode: AwsChunkedMode) => collect(encodeAwsChunked(data, { chunkSize: 8192, mode, trailer: 'crc32', signing: SIGNING }));
  const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

  it('accepts the untouched body of each mode', async () => {
    for (const mode of ['signed', 'signed-trailer', 'unsigned-trailer'] as const) expect(verifyAwsChunked(await encode(mode), verifyOptions(mode, 40_000)).decodedLength).toBe(40_000);
  });

  it.each(['signed', 'signed-trailer'] as const)('%s: a flipped data byte, a wrong chunk signature, a wrong trailer signature, a cut body', async (mode) => {
    const body = await encode(mode);
    const flipped = body.slice();
    flipped[20_000]! ^= 1;
    expect(() => verifyAwsChunked(flipped, verifyOptions(mode))).toThrow(AwsChunkedVerificationError);
    const s = text(body);
    const sig = /chunk-signature=([0-9a-f]{64})/g;
    const second = [...s.matchAll(sig)][1]![1]!;
    const wrongSig = s.replace(second, second.replace(/^./, (c) => (c === '0' ? '1' : '0')));
    expect(() => verifyAwsChunked(bytes(wrongSig), verifyOptions(mode))).toThrow(/chunk 1 signature/);
    expect(() => verifyAwsChunked(body, { ...verifyOptions(mode), seedSignature: 'cd'.repeat(32) })).toThrow(/chunk 0 signature/);
    expect(() => verifyAwsChunked(body.subarray(0, body.length - 1), verifyOptions(mode))).toThrow(/ends early/);
    if (mode === 'signed-trailer') {
      const wrongTrailer = s.replace(/x-amz-trailer-signature:(.)/, (_m, c: string) => `x-amz-trailer-signature:${c === 'a' ? 'b' : 'a'}`);
      expect(() => verifyAwsChunked(bytes(wrongTrailer), verifyOptions(mode))).toThrow(/trailer signature/);
    }
  });

  it('unsigned trailer: a checksum that does not match the data', async () => {
    const s = text(await encode('unsigned-trailer'));
    const wrong = s.replace(/x-amz-checksum-crc32:(.)/, (_m, c: string) => `x-amz-checksum-crc32:${c === 'A' ? 'B' : 'A'}`);
    expect(() => verifyAwsChunked(bytes(wrong), verifyOptions('unsigned-trailer'))).toThrow(/x-amz-checksum-crc32 is/);
  });
});
