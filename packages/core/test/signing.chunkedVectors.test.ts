// ../shared/vectors/chunked, every file, byte for byte: the header request (canonical request,
// seed signature), every chunk's string to sign and signature, the trailer signature, the
// encoded body and its length.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { VECTORS_DIR, verifyAwsChunked } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import { encodeAwsChunked } from '../src/signing/awsChunkedEncoder.js';
import { awsChunkedEncodedLength } from '../src/signing/awsChunkedLength.js';
import { AwsChunkedSigner, canonicalTrailer, chunkStringToSign, deriveSigningKey, trailerStringToSign } from '../src/signing/awsChunkedSigner.js';
import { signStreamingTraced } from '../src/signing/signingTrace.js';
import type { SigningContext } from '../src/signing/SigningContext.js';
import { toHex } from '../src/body/bytes.js';

// biome-ignore lint: vector JSON
type Vector = any;
const load = (f: string): Vector => JSON.parse(readFileSync(join(VECTORS_DIR, 'chunked', f), 'utf8'));
const sha256 = (d: Uint8Array | string) => createHash('sha256').update(d).digest('hex');
const repeat = (d: { repeat_byte: string; count?: number; decoded_length?: number }) => new Uint8Array(d.count ?? d.decoded_length!).fill(d.repeat_byte.charCodeAt(0));

async function collect(body: unknown): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of body as AsyncIterable<Uint8Array>) parts.push(p);
  return new Uint8Array(Buffer.concat(parts));
}

function contextOf(v: Vector, extra: Partial<SigningContext> = {}): SigningContext {
  const d = v.x_amz_date as string;
  return {
    credentials: { accessKeyId: v.credentials.access_key_id, secretAccessKey: v.credentials.secret_access_key },
    region: v.region,
    service: v.service,
    date: new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`),
    s3: true,
    chunkSize: v.payload?.chunk_size,
    ...extra,
  };
}

/** The encoded body the vector describes, assembled from its own published pieces. */
function expectedBody(v: Vector): Buffer {
  const parts: Array<string | Uint8Array> = [];
  for (const c of v.chunks) parts.push(c.chunk_header_line, repeat(c.data), '\r\n');
  parts.push(v.final_chunk.chunk_header_line, v.trailer ? v.trailer.wire_bytes : '\r\n');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

async function signedExample(file: string, mode: 'signed' | 'signed-trailer', extra: Partial<SigningContext>) {
  const v = load(file);
  const headerList: Array<[string, string]> = v.headers ?? v.headers_signed;
  // Only the caller's own header; signStreaming sets the aws-chunked ones (and the length).
  const headers = { 'x-amz-storage-class': headerList.find(([n]) => n === 'x-amz-storage-class')![1] };
  const data = repeat(v.payload);
  const out = await signStreamingTraced({ method: v.method, url: `https://s3.amazonaws.com${v.path}`, headers, body: data }, contextOf(v, extra), mode);
  expect(out.canonicalRequest).toBe(v.canonical_request);
  expect(out.stringToSign).toBe(v.string_to_sign);
  expect(out.request.headers.authorization).toBe(v.authorization);
  for (const [n, value] of headerList) expect(out.request.headers[n.toLowerCase()]).toBe(value);
  expect(out.request.headers['content-length']).toBe(String(v.expected_content_length));
  expect(toHex(deriveSigningKey(v.credentials.secret_access_key, v.x_amz_date.slice(0, 8), v.region, v.service))).toBe(v.signing_key_hex);

  // Each chunk's string to sign, from its data and the previous signature.
  let prev = v.seed_signature;
  for (const c of [...v.chunks, v.final_chunk]) {
    expect(chunkStringToSign(v.x_amz_date, v.credential_scope, prev, sha256(repeat(c.data)))).toBe(c.string_to_sign);
    prev = c.signature;
  }

  const body = await collect(out.request.body);
  expect(Buffer.from(body).equals(expectedBody(v))).toBe(true);
  expect(body.length).toBe(v.expected_content_length);
  expect(sha256(body)).toBe(v.encoded_body_sha256);
  expect(awsChunkedEncodedLength(v.payload.decoded_length, { chunkSize: v.payload.chunk_size, mode, trailer: 'crc32c' })).toBe(v.expected_content_length);
  // The independent verifier agrees, signature by signature.
  const verified = verifyAwsChunked(body, {
    contentSha256: v.x_amz_content_sha256,
    secretAccessKey: v.credentials.secret_access_key,
    amzDate: v.x_amz_date,
    region: v.region,
    service: v.service,
    seedSignature: v.seed_signature,
    decodedContentLength: v.payload.decoded_length,
  });
  expect(verified.chunkSignatures).toEqual([...v.chunks, v.final_chunk].map((c: Vector) => c.signature));
  return { v, verified };
}

describe('aws-chunked vectors', () => {
  it('s3-example.json: STREAMING-AWS4-HMAC-SHA256-PAYLOAD (the S3 docs sign Content-Length here)', async () => {
    await signedExample('s3-example.json', 'signed', { signableHeaders: ['content-length'] });
  });

  it('s3-example-signed-trailer.json: STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER with a CRC32C trailer', async () => {
    const { v, verified } = await signedExample('s3-example-signed-trailer.json', 'signed-trailer', { trailer: 'crc32c' });
    const t = v.trailer;
    expect(canonicalTrailer(t.headers)).toBe(t.canonical_trailer);
    expect(trailerStringToSign(v.x_amz_date, v.credential_scope, v.final_chunk.signature, t.canonical_trailer)).toBe(t.string_to_sign);
    expect(verified.trailers).toEqual(t.headers);
    expect(verified.trailerSignature).toBe(t.signature);
  });

  it('aws-c-auth-trailing-headers.json: trailer signature continuing a chain', () => {
    const v = load('aws-c-auth-trailing-headers.json');
    const key = deriveSigningKey(v.credentials.secret_access_key, v.x_amz_date.slice(0, 8), v.region, v.service);
    expect(toHex(key)).toBe(v.signing_key_hex);
    expect(canonicalTrailer(v.trailer.headers)).toBe(v.trailer.canonical_trailer);
    expect(trailerStringToSign(v.x_amz_date, v.credential_scope, v.previous_signature, v.trailer.canonical_trailer)).toBe(v.trailer.string_to_sign);
    const signer = new AwsChunkedSigner(key, v.x_amz_date, v.credential_scope, v.previous_signature);
    expect(signer.signTrailer(v.trailer.headers)).toBe(v.trailer.signature);
  });

  const unsigned = load('unsigned-trailer.json');
  it.each(unsigned.cases as Vector[])('unsigned-trailer.json, chunk size $chunk_size: STREAMING-UNSIGNED-PAYLOAD-TRAILER', async (c: Vector) => {
    const data = new TextEncoder().encode(unsigned.data);
    const layout = { chunkSize: c.chunk_size, mode: 'unsigned-trailer' as const, trailer: 'crc32' as const };
    // smithy-rs writes hex sizes in upper case (`A`); botocore and the S3 docs in lower case.
    const upper = await collect(encodeAwsChunked(data, { ...layout, upperCaseHex: true }));
    expect(Buffer.from(upper).toString('latin1')).toBe(c.encoded_body);
    const lowerCase = Buffer.from(await collect(encodeAwsChunked(data, layout))).toString('latin1');
    expect(lowerCase).toBe(c.encoded_body.replace(/^[0-9A-F]+\r\n/gm, (l: string) => l.toLowerCase()));
    expect(awsChunkedEncodedLength(data.length, layout)).toBe(c.encoded_length);
    const verified = verifyAwsChunked(upper, { contentSha256: unsigned.x_amz_content_sha256, decodedContentLength: c.x_amz_decoded_content_length });
    expect(verified.trailers).toEqual(unsigned.trailer);
  });
});
