// PutObject on the wire: headers and signing, every body kind, STREAMING sent chunked (seen by
// a real HTTP server), and the ContentSHA256 check that turns a mismatch into IntegrityError.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntegrityError, InternalServerError, MediaStoreDataClient, PutObjectCommand, type HttpRequest, type PutObjectBody } from '../src/index.js';
import { captured, creds, failure, json, utf8 } from './helpers.js';

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
/** Answers a PUT as the service does: the SHA-256 of what arrived. */
const honest = (r: { method: string; body: Uint8Array }) => json({ ContentSHA256: sha256(r.body), ETag: 'etag1', StorageClass: 'TEMPORAL' });

const DATA = 'Hello, MediaStore!\n'.repeat(1000);
const bodies: Array<[string, () => PutObjectBody, boolean]> = [
  ['string', () => DATA, true],
  ['Uint8Array', () => utf8(DATA), true],
  ['Blob', () => new Blob([DATA]), true],
  ['web ReadableStream', () => new Blob([DATA]).stream(), false],
  ['Node Readable', () => Readable.from([Buffer.from(DATA.slice(0, 7000)), Buffer.from(DATA.slice(7000))]), false],
  ['AsyncIterable', () => (async function* () {
    for (let i = 0; i < DATA.length; i += 4096) yield utf8(DATA.slice(i, i + 4096));
  })(), false],
];

describe('PutObject request', () => {
  it('sends the documented headers, signed, with UNSIGNED-PAYLOAD', async () => {
    const { cap, client } = captured(honest);
    const out = await client.send(
      new PutObjectCommand({ Path: 'premium/canada/mlaw.avi', Body: 'hello', ContentType: 'video/x-msvideo', CacheControl: 'max-age=3600', StorageClass: 'TEMPORAL', UploadAvailability: 'STANDARD' }),
    );
    const req = cap.last!;
    expect(req.method).toBe('PUT');
    expect(req.url).toBe('https://aaabbbcccdddee.data.mediastore.us-west-2.amazonaws.com/premium/canada/mlaw.avi');
    expect(req.headers).toMatchObject({
      'content-type': 'video/x-msvideo',
      'cache-control': 'max-age=3600',
      'x-amz-storage-class': 'TEMPORAL',
      'x-amz-upload-availability': 'STANDARD',
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
      'content-length': '5',
    });
    expect(req.headers.authorization).toMatch(
      /SignedHeaders=cache-control;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class;x-amz-upload-availability, Signature=/,
    );
    expect(new TextDecoder().decode(req.body)).toBe('hello');
    expect(out).toMatchObject({ ContentSHA256: sha256('hello'), ETag: 'etag1', StorageClass: 'TEMPORAL' });
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
  });

  it.each(bodies)('uploads a %s body and checks its SHA-256', async (_kind, make, knownLength) => {
    const { cap, client } = captured(honest);
    const out = await client.send(new PutObjectCommand({ Path: 'a/b.txt', Body: make() }));
    expect(new TextDecoder().decode(cap.last!.body)).toBe(DATA);
    expect(cap.last!.headers['content-length']).toBe(knownLength ? String(DATA.length) : undefined);
    expect(out.ContentSHA256).toBe(sha256(DATA));
  });

  it.each(bodies)('a %s body whose stored SHA-256 differs throws IntegrityError', async (_kind, make) => {
    const { cap, client } = captured(() => json({ ContentSHA256: sha256('something else'), ETag: 'e' }, 200, { 'x-amzn-requestid': 'rid-7' }));
    const err = await failure(client.send(new PutObjectCommand({ Path: 'a/b.txt', Body: make() })));
    expect(err).toBeInstanceOf(IntegrityError);
    // Not retried, even for a body that could be sent again: the upload reached the service.
    expect(cap.requests).toHaveLength(1);
    expect(err.name).toBe('IntegrityError');
    expect(err.message).toContain(sha256(DATA));
    expect(err.message).toContain(sha256('something else'));
    expect(err.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'rid-7', attempts: 1 });
  });

  it('accepts an upper-case ContentSHA256 and tolerates a response without one', async () => {
    const upper = captured((r) => json({ ContentSHA256: sha256(r.body).toUpperCase() }));
    await expect(upper.client.send(new PutObjectCommand({ Path: 'a', Body: 'x' }))).resolves.toMatchObject({ ContentSHA256: sha256('x').toUpperCase() });
    const none = captured(json({ ETag: 'e' }));
    await expect(none.client.send(new PutObjectCommand({ Path: 'a', Body: 'x' }))).resolves.toMatchObject({ ETag: 'e' });
  });

  it('STREAMING availability sends even bytes as a stream with no length (chunked)', async () => {
    const { cap, client } = captured(honest);
    const out = await client.send(new PutObjectCommand({ Path: 'live/seg1.ts', Body: utf8(DATA), UploadAvailability: 'STREAMING' }));
    expect(cap.last!.headers['x-amz-upload-availability']).toBe('STREAMING');
    expect(cap.last!.headers['content-length']).toBeUndefined();
    expect(new TextDecoder().decode(cap.last!.body)).toBe(DATA);
    expect(out.ContentSHA256).toBe(sha256(DATA));
    // What the transport is handed: not bytes, but a stream it reads piece by piece.
    const seen: HttpRequest[] = [];
    const c2 = captured(honest, { hooks: { afterResponse: ({ request }) => void seen.push(request) } });
    await c2.client.send(new PutObjectCommand({ Path: 'live/seg1.ts', Body: new Blob([DATA]), UploadAvailability: 'STREAMING' }));
    expect(seen[0]!.body).not.toBeInstanceOf(Uint8Array);
    expect(typeof (seen[0]!.body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]).toBe('function');
  });

  it('retries a bytes body on a 500 (same bytes again) but never resends a stream', async () => {
    const bytes = captured((r, n) => (n === 1 ? json({ __type: 'InternalServerError', message: 'busy' }, 500) : honest(r)), { retry: { baseDelay: 1 } });
    const ok = await bytes.client.send(new PutObjectCommand({ Path: 'a', Body: 'again' }));
    expect(ok.$metadata.attempts).toBe(2);
    expect(bytes.cap.requests.map((r) => new TextDecoder().decode(r.body))).toEqual(['again', 'again']);

    const stream = captured(() => json({ __type: 'InternalServerError', message: 'busy' }, 500), { retry: { baseDelay: 1 } });
    const err = await failure(stream.client.send(new PutObjectCommand({ Path: 'a', Body: Readable.from([Buffer.from('once')]) })));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.$metadata.attempts).toBe(1);
    expect(stream.cap.requests).toHaveLength(1);
  });
});

describe('PutObject over HTTP (undici)', () => {
  const seen: Array<{ headers: IncomingMessage['headers']; bytes: number }> = [];
  let endpoint = '';
  const server = createServer((req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (c: Buffer) => ((bytes += c.length), hash.update(c)));
    req.on('end', () => {
      seen.push({ headers: req.headers, bytes });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ContentSHA256: hash.digest('hex'), ETag: 'e', StorageClass: 'TEMPORAL' }));
    });
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/base`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('STREAMING goes out Transfer-Encoding: chunked; STANDARD bytes with Content-Length', async () => {
    const client = new MediaStoreDataClient({ endpoint, region: 'us-east-1', credentials: creds });
    await client.send(new PutObjectCommand({ Path: 'live/a.ts', Body: utf8(DATA), UploadAvailability: 'STREAMING' }));
    await client.send(new PutObjectCommand({ Path: 'vod/a.ts', Body: utf8(DATA) }));
    await client.send(new PutObjectCommand({ Path: 'vod/b.ts', Body: Readable.from([Buffer.from(DATA)]) }));
    client.destroy();
    expect(seen.map((s) => [s.headers['transfer-encoding'], s.headers['content-length'], s.bytes])).toEqual([
      ['chunked', undefined, DATA.length],
      [undefined, String(DATA.length), DATA.length],
      ['chunked', undefined, DATA.length],
    ]);
    expect(seen[0]!.headers['x-amz-upload-availability']).toBe('STREAMING');
  });
});
