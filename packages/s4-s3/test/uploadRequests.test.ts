// How upload bodies go on the wire: Content-MD5, whole-body or aws-chunked signing
// (STREAMING-AWS4-HMAC-SHA256-PAYLOAD, checked by testkit's independent verifier), no
// x-amz-checksum-* headers (S4 supports none), and retries of replayable bodies only.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { awsChunkedOptionsOf, captureTransport, verifyAwsChunked, type Captured } from '@skiff/testkit';
import { PutBucketPolicyCommand, PutObjectCommand, S3Client, UploadPartCommand, type HttpResponse } from '../src/index.js';
import { checkSigV4 } from './sigv4Check.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const md5 = (b: Uint8Array | string) => createHash('md5').update(b).digest('base64');
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) & 255);

function capture(respond?: Parameters<typeof captureTransport>[0]) {
  const cap = captureTransport(respond ?? { status: 200, headers: { etag: '"e"' }, body: new Uint8Array() });
  return { cap, client: new S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport, retry: { baseDelay: 1 } }) };
}

function expectNoChecksums(req: Captured) {
  expect(Object.keys(req.headers).filter((h) => h.startsWith('x-amz-checksum') || h === 'x-amz-sdk-checksum-algorithm' || h === 'x-amz-trailer')).toEqual([]);
}

/** The data of a chunked request, after the independent verifier checked every chunk signature. */
function chunked(req: Captured) {
  expect(req.headers['x-amz-content-sha256']).toBe('STREAMING-AWS4-HMAC-SHA256-PAYLOAD');
  expect(req.headers['content-encoding']).toBe('aws-chunked');
  expect(checkSigV4(req, creds.secretAccessKey).ok).toBe(true);
  return verifyAwsChunked(req.body, awsChunkedOptionsOf(req.headers, creds.secretAccessKey));
}

describe('PutObject bodies', () => {
  it('small bytes: signed whole, Content-MD5 computed, no checksum headers', async () => {
    const { cap, client } = capture();
    await client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: 'hello', Metadata: { a: '1' } }));
    const req = cap.last!;
    expect(req.headers['x-amz-content-sha256']).toBe(sha('hello'));
    expect(req.headers['content-md5']).toBe(md5('hello'));
    expect(req.headers['content-length']).toBe('5');
    expect(req.headers['x-amz-meta-a']).toBe('1');
    expectNoChecksums(req);
    expect(checkSigV4(req, creds.secretAccessKey)).toMatchObject({ ok: true, signedHeaders: ['content-md5', 'host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-meta-a'] });
  });

  it('keeps a ContentMD5 the caller gives', async () => {
    const { cap, client } = capture();
    await client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: 'hello', ContentMD5: 'XUFAKrxLKna5cZ2REBfFkg==' }));
    expect(cap.last!.headers['content-md5']).toBe('XUFAKrxLKna5cZ2REBfFkg==');
  });

  it('a stream with ContentLength goes as signed aws-chunked, in constant-size chunks', async () => {
    const { cap, client } = capture();
    const data = bytes(200_000);
    await client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: Readable.from([data.subarray(0, 70_000), data.subarray(70_000)]), ContentLength: data.length }));
    const req = cap.last!;
    const v = chunked(req);
    expect(Buffer.from(v.data!).equals(Buffer.from(data))).toBe(true);
    expect(v.chunkSizes).toEqual([65536, 65536, 65536, 3392]);
    expect(req.headers['x-amz-decoded-content-length']).toBe('200000');
    expect(Number(req.headers['content-length'])).toBe(req.body.length);
    // No MD5 for a stream: it would have to be read twice.
    expect(req.headers['content-md5']).toBeUndefined();
    expectNoChecksums(req);
  });

  it('a Blob and large bytes go chunked too; an empty stream is a valid chunked body', async () => {
    const { cap, client } = capture();
    const data = bytes(1024 * 1024 + 1);
    await client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'blob', Body: new Blob([data]) }));
    await client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'big', Body: data }));
    await client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'empty', Body: Readable.from([]), ContentLength: 0 }));
    const [blob, big, empty] = cap.requests.map(chunked);
    expect(Buffer.from(blob!.data!).equals(Buffer.from(data))).toBe(true);
    expect(Buffer.from(big!.data!).equals(Buffer.from(data))).toBe(true);
    expect(cap.requests[1]!.headers['content-md5']).toBe(md5(data));
    expect(empty!.decodedLength).toBe(0);
  });

  it('retries a replayable (bytes) chunked body from the start, never a one-shot stream', async () => {
    const flaky = (_r: Captured, n: number): HttpResponse => (n === 1 ? { status: 503, headers: {}, body: new TextEncoder().encode('<Error><Code>ServiceUnavailable</Code><Message>busy</Message></Error>') } : { status: 200, headers: { etag: '"e"' }, body: new Uint8Array() });
    const a = capture(flaky);
    const data = bytes(2 * 1024 * 1024);
    const out = await a.client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: data }));
    expect(out.$metadata.attempts).toBe(2);
    for (const req of a.cap.requests) expect(Buffer.from(chunked(req).data!).equals(Buffer.from(data))).toBe(true);

    const b = capture(flaky);
    const err = await b.client.send(new PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: Readable.from([data]), ContentLength: data.length })).catch((e) => e);
    expect(err.name).toBe('ServiceUnavailable');
    expect(b.cap.requests).toHaveLength(1);
  });
});

describe('UploadPart and PutBucketPolicy bodies', () => {
  it('UploadPart: Content-MD5 for bytes, chunked for a stream, part number and upload id in the query', async () => {
    const { cap, client } = capture();
    await client.send(new UploadPartCommand({ Bucket: 'bkt', Key: 'big/object.bin', UploadId: 'U+1/=', PartNumber: 3, Body: bytes(10) }));
    await client.send(new UploadPartCommand({ Bucket: 'bkt', Key: 'big/object.bin', UploadId: 'U+1/=', PartNumber: 4, Body: new Blob([bytes(10)]).stream(), ContentLength: 10 }));
    const [whole, streamed] = cap.requests;
    expect(whole!.url).toBe('https://bkt.s3.eu-central-1.s4.mega.io/big/object.bin?partNumber=3&uploadId=U%2B1%2F%3D');
    expect(whole!.headers['content-md5']).toBe(md5(bytes(10)));
    expect(checkSigV4(whole!, creds.secretAccessKey).ok).toBe(true);
    expect(chunked(streamed!).decodedLength).toBe(10);
    cap.requests.forEach(expectNoChecksums);
  });

  it('PutBucketPolicy: Content-MD5 computed, the body hash signed', async () => {
    const { cap, client } = capture();
    const policy = '{"Version":"2012-10-17","Statement":[]}';
    await client.send(new PutBucketPolicyCommand({ Bucket: 'bkt', Policy: policy }));
    const req = cap.last!;
    expect(req.url).toBe('https://bkt.s3.eu-central-1.s4.mega.io/?policy');
    expect(new TextDecoder().decode(req.body)).toBe(policy);
    expect(req.headers['content-md5']).toBe(md5(policy));
    expect(req.headers['x-amz-content-sha256']).toBe(sha(policy));
    expect(checkSigV4(req, creds.secretAccessKey).signedHeaders).toContain('content-md5');
  });
});
