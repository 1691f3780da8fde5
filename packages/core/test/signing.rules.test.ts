// The signer's rules beyond what the vectors pin: streams are never read, path encoding per
// service kind, presign limits and what a presigned URL carries.
import { describe, expect, it } from 'vitest';
import { checkExpiresIn, presignRequest } from '../src/signing/presignRequest.js';
import { signRequestTraced } from '../src/signing/signingTrace.js';
import { signRequest } from '../src/signing/signRequest.js';
import type { SigningContext } from '../src/signing/SigningContext.js';
import { splitUrl } from '../src/signing/splitUrl.js';
import { sha256Hex } from '../src/signing/sigv4.js';
import { hashes } from '../src/platform/node.js';
import { createHash } from 'node:crypto';
import fc from 'fast-check';

const ctx: SigningContext = {
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'TOKEN/+=' },
  region: 'us-west-2',
  service: 'mediastore',
  date: new Date('2025-11-21T12:00:00Z'),
};
const s3: SigningContext = { ...ctx, service: 's3', s3: true };

describe('signRequest rules', () => {
  it('signs a stream body as UNSIGNED-PAYLOAD without reading it', async () => {
    let pulled = false;
    // highWaterMark 0: the stream pulls only when someone reads.
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const out = await signRequestTraced({ method: 'PUT', url: 'https://h.example/b/k', headers: {}, body }, s3);
    expect(out.request.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(out.canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    expect(out.request.body).toBe(body);
    expect(pulled).toBe(false);
    expect(body.locked).toBe(false);
  });

  it('encodes an encoded path again, normalised, except for S3 which signs it as sent', async () => {
    const url = 'https://h.example/a/./b/../c%20d/e+f';
    const generic = await signRequestTraced({ method: 'GET', url, headers: {} }, ctx);
    expect(generic.canonicalRequest.split('\n')[1]).toBe('/a/c%2520d/e%2Bf');
    const asS3 = await signRequestTraced({ method: 'GET', url, headers: {} }, s3);
    expect(asS3.canonicalRequest.split('\n')[1]).toBe('/a/./b/../c%20d/e+f');
    expect(asS3.request.url).toBe(url);
  });

  it('signs the token, Cache-Control and S3 body hash; leaves the volatile headers unsigned', async () => {
    const headers = { 'cache-control': 'no-cache', 'user-agent': 'ua', 'content-length': '2', expect: '100-continue', 'amz-sdk-request': 'attempt=1', 'transfer-encoding': 'chunked' };
    const out = await signRequestTraced({ method: 'PUT', url: 'https://h.example/b/k', headers, body: new Uint8Array([104, 105]) }, s3);
    expect(out.request.headers.authorization).toContain('SignedHeaders=cache-control;host;x-amz-content-sha256;x-amz-date;x-amz-security-token,');
    expect(out.request.headers['x-amz-content-sha256']).toBe('8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4');
    expect(out.request.headers['x-amz-security-token']).toBe('TOKEN/+=');
    for (const [k, v] of Object.entries(headers)) expect(out.request.headers[k]).toBe(v);
  });

  it('reads a query as written: `+` is a plus, a bare key has an empty value', () => {
    expect(splitUrl('https://h.example:8443/p?a+b=c%2Fd&uploads#frag')).toEqual({
      origin: 'https://h.example:8443',
      host: 'h.example:8443',
      path: '/p',
      query: [
        { name: 'a+b', value: 'c/d', hasValue: true },
        { name: 'uploads', value: '', hasValue: false },
      ],
    });
  });
});

describe('presignRequest', () => {
  it('checks expiresIn before signing', async () => {
    for (const bad of [0, -1, 1.5, 604_801, Number.NaN, '60' as unknown as number]) {
      expect(checkExpiresIn(bad)).toMatch(/expiresIn must be a whole number of seconds from 1 to 604800/);
      await expect(presignRequest({ method: 'GET', url: 'https://h.example/k', headers: {} }, { ...s3, expiresIn: bad })).rejects.toThrow(RangeError);
    }
    expect(checkExpiresIn(1)).toBeUndefined();
    expect(checkExpiresIn(604_800)).toBeUndefined();
  });

  it('puts the token and x-amz-* headers in the URL, keeps the operation query first', async () => {
    const url = await presignRequest(
      { method: 'GET', url: 'https://h.example/b/k?versionId=v%201', headers: { 'x-amz-checksum-mode': 'ENABLED', 'user-agent': 'ua' } },
      { ...s3, expiresIn: 60 },
    );
    const q = [...new URL(url).searchParams.keys()];
    expect(q).toEqual(['versionId', 'x-amz-checksum-mode', 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Security-Token', 'X-Amz-Signature']);
    expect(url).toContain('versionId=v%201&');
    expect(url).toContain('X-Amz-Security-Token=TOKEN%2F%2B%3D&');
    expect(new URL(url).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
  });

  it('refuses to hash a stream body into a generic presigned URL', async () => {
    const body = new ReadableStream<Uint8Array>();
    await expect(presignRequest({ method: 'PUT', url: 'https://h.example/k', headers: {}, body }, { ...ctx, expiresIn: 60 })).rejects.toThrow(/stream body/);
    // S3 presigns never hash the body.
    await expect(presignRequest({ method: 'PUT', url: 'https://h.example/k', headers: {}, body }, { ...s3, expiresIn: 60 })).resolves.toMatch(/X-Amz-Signature=/);
  });

  it('gives a different signature for a different request', async () => {
    const a = await signRequest({ method: 'GET', url: 'https://h.example/k1', headers: {} }, ctx);
    const b = await signRequest({ method: 'GET', url: 'https://h.example/k2', headers: {} }, ctx);
    expect(a.headers.authorization).not.toBe(b.headers.authorization);
  });
});

// Node takes a SHA-256 as hex in one call (crypto.hash): no Hash object, no copy to hex.
describe('SHA-256 as hex', () => {
  it("hashes in one call as node:crypto's Hash does, bytes or text", async () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 500 })), (data) => {
        expect(hashes.sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
      }),
    );
    // A platform without it (the browser's) goes through sha256 and hex.
    expect(await sha256Hex('abc', { sha256: (d) => createHash('sha256').update(d).digest(), hmac: () => new Uint8Array() })).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
