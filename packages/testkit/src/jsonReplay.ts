// The botocore replay checks the JSON services (Kinesis, MediaStore) share. botocore writes
// JSON with ", " and ": " separators and the clients compact JSON, so the body bytes differ,
// and the signatures with them. What must hold: botocore's host and meaningful headers, a body
// that means what botocore's does, botocore's scope and signed headers with a signature an
// independent HMAC check accepts, and botocore's exact Authorization header once botocore's
// body bytes are swapped in before signing. This file imports vitest, so it is reached as
// `@skiff/testkit/jsonReplay`, not through the index (the benchmarks load the index).
import type { ClientHooks } from '@skiff/core';
import { describe, expect, it } from 'vitest';
import type { Captured } from './captureTransport.js';
import { canonicalRequest, parseAuthorization, sha256Hex, signatureOf, verifySigned } from './sigv4.js';
import { recordedBody, recordedHeader, type BotocoreCase } from './vectors.js';

/** Sends the case's command through the service's client over a capturing transport. */
export type SendCase = (c: BotocoreCase, hooks?: ClientHooks) => Promise<{ requests: Captured[]; last: Captured | undefined }>;

// Never signed, and different by design (botocore's fixed User-Agent and invocation id).
const UNSIGNED = new Set(['user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'content-length', 'authorization']);
const meaning = (body: Uint8Array) => JSON.parse(new TextDecoder().decode(body)) as unknown;

/**
 * The host botocore signed, every header of botocore's that carries meaning (X-Amz-Target,
 * Content-Type, X-Amz-Date, X-Amz-Security-Token) with the same value, a Content-Length that is
 * the body's, and a body that means what botocore's does.
 */
export function expectBotocoreHeadersAndBody(req: Captured, c: BotocoreCase): void {
  const rec = c.request!;
  // Host is signed by both: the URL's host (or the header, if one was sent) is botocore's.
  expect(req.headers.host ?? new URL(req.url).host).toBe(recordedHeader(c, 'host'));
  for (const [name, value] of rec.headers) {
    if (!UNSIGNED.has(name.toLowerCase())) expect(req.headers[name.toLowerCase()], name).toBe(value);
  }
  expect(req.headers['content-length']).toBe(String(req.body.byteLength));
  expect(meaning(req.body)).toEqual(JSON.parse(rec.body.text!));
}

/** The signature's two tests, inside the case's `describe`. */
export function itSignsLikeBotocore(c: BotocoreCase, send: SendCase): void {
  it('signs with the same scope and signed headers; an independent HMAC check accepts it', async () => {
    const req = (await send(c)).last!;
    const ours = parseAuthorization(req.headers.authorization!);
    expect(ours.credential).toBe(c.signing.authorization!.Credential);
    expect(ours.credential.split('/').slice(1).join('/')).toBe(c.signing_scope);
    expect(ours.signedHeaders).toEqual(c.signing.authorization!.SignedHeaders);
    const { canonical, valid } = verifySigned(req, c.credentials.secret_access_key);
    expect(valid).toBe(true);
    // The canonical request is botocore's but for the payload hash of the client's own bytes.
    const theirs = c.signing.canonical_request!.split('\n');
    theirs[theirs.length - 1] = sha256Hex(req.body);
    expect(canonical).toBe(theirs.join('\n'));
    // The verifier reproduces botocore's signature from botocore's canonical request.
    expect(signatureOf(c.signing.canonical_request!, c.date, c.signing_scope, c.credentials.secret_access_key)).toBe(c.signing.authorization!.Signature);
  });

  it("gives botocore's exact Authorization header over botocore's body bytes", async () => {
    const bytes = recordedBody(c);
    expect(sha256Hex(bytes)).toBe(c.request!.body.sha256);
    // The hook runs before signing: only the body bytes are swapped, after checking that they
    // mean what the client serialized.
    const cap = await send(c, {
      beforeRequest: ({ request }) => {
        expect(meaning(request.body as Uint8Array)).toEqual(meaning(bytes));
        request.body = bytes;
        request.headers['content-length'] = String(bytes.byteLength);
      },
    });
    expect(cap.last!.headers.authorization).toBe(recordedHeader(c, 'authorization'));
    expect(cap.last!.headers['content-length']).toBe(String(c.request!.body.length));
  });
}

/** The verifier itself must fail a request whose body changed after signing, or a wrong secret. */
export function describeTheVerifier(c: BotocoreCase, send: SendCase): void {
  describe('the independent verifier', () => {
    it('rejects a changed body and a wrong secret', async () => {
      const req = (await send(c)).last!;
      const tampered = { ...req, body: new TextEncoder().encode(`${new TextDecoder().decode(req.body)} `) };
      expect(verifySigned(req, c.credentials.secret_access_key).valid).toBe(true);
      expect(verifySigned(tampered, c.credentials.secret_access_key).valid).toBe(false);
      expect(verifySigned(req, 'not-the-secret').valid).toBe(false);
      expect(canonicalRequest(req, ['host']).split('\n')[3]).toBe(`host:${new URL(req.url).host}`);
    });
  });
}
