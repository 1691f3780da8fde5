// The shared botocore golden requests for mediastore-data (../shared/vectors/botocore), replayed
// THROUGH MediaStoreDataClient: the case's endpoint, region, credentials and fixed clock, and a
// capturing transport. Compared: method, path, query, the headers that carry meaning, the body,
// the credential scope and SignedHeaders, and the Authorization header itself (every
// mediastore-data request signs bytes that do not depend on serialization: UNSIGNED-PAYLOAD
// for PutObject, the empty body otherwise). Presigned URLs are compared whole.
import { createHash } from 'node:crypto';
import { botocoreCases, captureTransport, clockOf, commandFor, credentialsOf, recordedBody, type BotocoreCase } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { json } from './helpers.js';

const cases = botocoreCases('mediastore-data.json');
// Headers botocore sends that carry no meaning for the service and are never signed.
const NOISE = new Set(['user-agent', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'expect', 'authorization']);

function clientFor(c: BotocoreCase, transport: api.Transport) {
  return new api.MediaStoreDataClient({
    endpoint: c.endpoint_url!,
    region: c.region,
    credentials: credentialsOf(c),
    clock: clockOf(c.date),
    transport,
    maxAttempts: 1,
  });
}

const sortedQuery = (u: URL) => [...u.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
/** The second line of botocore's canonical request: the path it signed. */
const canonicalUri = (c: BotocoreCase) => (c.signing.canonical_request as string).split('\n')[1];

describe('botocore mediastore-data cases through MediaStoreDataClient', () => {
  it('has cases for every kind this package replays', () => {
    expect(cases.filter((c) => c.kind === 'request').length).toBeGreaterThanOrEqual(4);
    expect(cases.filter((c) => c.kind === 'presigned-url').length).toBeGreaterThanOrEqual(1);
    expect(cases.some((c) => c.note)).toBe(true);
  });

  it.each(cases.filter((c) => c.kind === 'request').map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const req = c.request!;
    // A PutObject answer carries the SHA-256 of what arrived, as the service's does.
    const cap = captureTransport((r) => (r.method === 'PUT' ? json({ ContentSHA256: createHash('sha256').update(r.body).digest('hex'), ETag: 'e' }) : json({})));
    const client = clientFor(c, cap.transport);
    await client.send(commandFor(api, c));
    expect(cap.requests).toHaveLength(1);
    const ours = cap.last!;
    const theirs = new URL(req.url);
    const sent = new URL(ours.url);

    expect(ours.method).toBe(req.method);
    expect(sent.origin).toBe(theirs.origin);
    if (theirs.pathname.startsWith('//')) {
      // The leading-slash note: botocore puts `//premium/…` in the URL but signs `/premium/…`.
      // The client drops the leading `/` (shapes.ts objectPath), so its URL is the path
      // botocore signed: URL and signature agree, and the signature is botocore's.
      expect(c.note).toMatch(/leading '\/'/);
      expect(sent.pathname).toBe(canonicalUri(c));
      expect(sent.pathname).toBe(theirs.pathname.slice(1));
    } else {
      expect(sent.pathname).toBe(theirs.pathname);
    }
    expect(sortedQuery(sent)).toEqual(sortedQuery(theirs));

    // Headers that carry meaning: every botocore header but the noise, by lower-case name.
    const expected = new Map(req.headers.map(([k, v]) => [k.toLowerCase(), v] as const));
    for (const [k, v] of req.implicit_headers ?? []) expected.set(k.toLowerCase(), v);
    for (const [name, value] of expected) {
      if (NOISE.has(name)) continue;
      if (name === 'content-length' && req.body.length === 0) continue; // no body, nothing to measure
      expect([name, ours.headers[name]]).toEqual([name, value]);
    }
    for (const name of Object.keys(ours.headers)) if (!NOISE.has(name)) expect(expected.has(name), `extra header ${name}`).toBe(true);

    // The body, byte for byte.
    expect(Buffer.from(ours.body).equals(recordedBody(c))).toBe(true);
    expect(createHash('sha256').update(ours.body).digest('hex')).toBe(req.body.sha256);

    // Signing: scope, signed headers, payload hash, and the Authorization header itself.
    const auth = c.signing.authorization!;
    const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(ours.headers.authorization!);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(auth.Credential);
    expect(m![1]!.split('/').slice(1).join('/')).toBe(c.signing_scope);
    expect(m![2]!.split(';')).toEqual(auth.SignedHeaders);
    expect((c.signing.payload_hash_in_canonical_request as string) === 'UNSIGNED-PAYLOAD' || req.body.length === 0).toBe(true);
    expect(ours.headers.authorization).toBe(expected.get('authorization'));
    expect(m![3]).toBe(auth.Signature);
  });

  it.each(cases.filter((c) => c.kind === 'presigned-url').map((c) => [c.id, c] as const))('%s (presigned URL)', async (_id, c) => {
    const cap = captureTransport();
    const client = clientFor(c, cap.transport);
    const url = await api.getSignedUrl(client, commandFor(api, c), { expiresIn: c.expires_in });
    expect(url).toBe(c.presigned!.url);
    expect(new URL(url).searchParams.get('X-Amz-Signature')).toBe(c.signing.signature);
    expect(cap.requests).toHaveLength(0);
  });

  it('the leading-slash case and the plain case sign the same request', () => {
    const slash = cases.find((c) => c.id.endsWith('leading-slash'));
    const plain = cases.find((c) => c.id === slash?.id.replace('-leading-slash', ''));
    expect(slash && plain).toBeTruthy();
    expect(slash!.signing.authorization!.Signature).toBe(plain!.signing.authorization!.Signature);
    expect(canonicalUri(slash!)).toBe(new URL(plain!.request!.url).pathname);
  });
});
