import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalRequest, type SignedRequestParts } from '../src/canonicalRequest.js';
import { MediaStoreError } from '../src/errors.js';
import { beginSigV4, type Credential } from '../src/verifySigV4.js';

// The server's verifier against signatures it did not produce: AWS's SigV4 test suite and
// botocore's recorded MediaStore requests (../shared/vectors, next to the repository).
const VECTORS = fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url));
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
const KEYS = [{ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }];

it('finds the shared vectors', () => {
  expect(existsSync(join(VECTORS, 'sigv4-suite')), `missing ${VECTORS}`).toBe(true);
});

/** Parses a test-suite request file: request line, headers (with folded lines), blank line, body. */
function parseRequest(text: string): SignedRequestParts & { body: string } {
  const [head, ...rest] = text.split('\n\n');
  const lines = head!.split('\n');
  const [method, target] = /^(\S+) (.*) HTTP\/1\.1$/.exec(lines[0]!)!.slice(1) as [string, string];
  const headers: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    if (/^\s/.test(line)) headers[headers.length - 1]![1] += `\n${line}`;
    else {
      const colon = line.indexOf(':');
      headers.push([line.slice(0, colon), line.slice(colon + 1)]);
    }
  }
  const q = target.indexOf('?');
  return { method, rawPath: q < 0 ? target : target.slice(0, q), rawQuery: q < 0 ? '' : target.slice(q + 1), headers, body: rest.join('\n\n') };
}

function caseDirs(root: string): string[] {
  return readdirSync(root)
    .map((n) => join(root, n))
    .filter((p) => statSync(p).isDirectory())
    .flatMap((p) => (readdirSync(p).some((f) => f.endsWith('.req')) ? [p] : caseDirs(p)));
}

// A vector signed with a session token is verified against keys that have that token: the
// server refuses a token for keys that were given without one.
function tokenOf(req: SignedRequestParts): string | undefined {
  const header = req.headers.find(([k]) => k.toLowerCase() === 'x-amz-security-token');
  if (header) return header[1].trim();
  const q = new URLSearchParams(req.rawQuery).get('X-Amz-Security-Token');
  return q ?? undefined;
}
const keysFor = (keys: readonly Credential[], req: SignedRequestParts): Credential[] => {
  const sessionToken = tokenOf(req);
  return keys.map((k) => (sessionToken === undefined ? k : { ...k, sessionToken }));
};

const suiteOptions = { credentials: KEYS, region: 'us-east-1', service: 'service', now: () => new Date('2015-08-30T12:36:00Z') };

describe('aws4_testsuite (header signing, non-S3 path rules)', () => {
  const dirs = existsSync(join(VECTORS, 'sigv4-suite')) ? caseDirs(join(VECTORS, 'sigv4-suite/aws4_testsuite')) : [];
  it('has cases', () => expect(dirs.length).toBeGreaterThanOrEqual(30));
  for (const dir of dirs) {
    const name = dir.split('/').pop()!;
    const file = (ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');
    it(name, () => {
      // The .authz file is authoritative: get-vanilla-with-session-token's .sreq carries a
      // garbled signature upstream.
      const sreq = parseRequest(file('sreq'));
      const signed = { ...sreq, headers: [...sreq.headers.filter(([k]) => k.toLowerCase() !== 'authorization'), ['Authorization', file('authz')] as [string, string]] };
      const signedHeaders = /SignedHeaders=([^,]+)/.exec(file('authz'))![1]!.split(';');
      expect(canonicalRequest(signed, signedHeaders, sha(signed.body))).toBe(file('creq'));
      const options = { ...suiteOptions, credentials: keysFor(KEYS, signed) };
      beginSigV4(signed, options).verify(sha(signed.body));
      // The same request with one header value changed must fail.
      const tampered = { ...signed, headers: signed.headers.map(([k, v]) => [k, k.toLowerCase() === 'x-amz-date' ? v : `${v}x`] as [string, string]) };
      expect(() => beginSigV4(tampered, { ...suiteOptions, credentials: keysFor(KEYS, tampered) }).verify(sha(signed.body))).toThrow(/signature we calculated does not match/);
    });
  }
});

describe('aws-c-auth v4 (presigned query signing, normalised paths)', () => {
  const root = join(VECTORS, 'sigv4-suite/aws-c-auth-v4');
  const dirs = existsSync(root)
    ? readdirSync(root).filter((n) => !n.endsWith('-unnormalized') && existsSync(join(root, n, 'query-signed-request.txt')))
    : [];
  it('has cases', () => expect(dirs.length).toBeGreaterThanOrEqual(25));
  for (const name of dirs) {
    it(name, () => {
      const ctx = JSON.parse(readFileSync(join(root, name, 'context.json'), 'utf8'));
      const req = parseRequest(readFileSync(join(root, name, 'query-signed-request.txt'), 'utf8'));
      const options = { ...suiteOptions, credentials: keysFor([{ accessKeyId: ctx.credentials.access_key_id, secretAccessKey: ctx.credentials.secret_access_key }], req) };
      beginSigV4(req, options).verify(sha(req.body));
      // Past X-Amz-Expires the same URL is refused.
      const late = { ...options, now: () => new Date(Date.parse(ctx.timestamp) + (ctx.expiration_in_seconds + 1) * 1000) };
      expect(() => beginSigV4(req, late)).toThrow(/Signature expired/);
    });
  }
});

describe('botocore MediaStore requests', () => {
  const load = (f: string) => (existsSync(join(VECTORS, 'botocore', f)) ? JSON.parse(readFileSync(join(VECTORS, 'botocore', f), 'utf8')).cases : []);
  const cases = [...load('mediastore.json'), ...load('mediastore-data.json')];
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const c of cases) {
    it(c.id, () => {
      const options: { credentials: readonly Credential[]; region: string; service: string; now: () => Date } = { credentials: KEYS, region: 'us-west-2', service: 'mediastore', now: () => new Date('2025-11-21T12:00:00Z') };
      const url = new URL(c.kind === 'presigned-url' ? c.presigned.url : c.request.url);
      const raw = (c.kind === 'presigned-url' ? c.presigned.url : c.request.url) as string;
      const pathAndQuery = raw.slice(raw.indexOf('/', 8));
      const q = pathAndQuery.indexOf('?');
      const headers: Array<[string, string]> =
        c.kind === 'presigned-url' ? [['Host', url.host]] : [...c.request.headers, ...c.request.implicit_headers];
      const req: SignedRequestParts = {
        method: c.kind === 'presigned-url' ? c.presigned.method : c.request.method,
        rawPath: q < 0 ? pathAndQuery : pathAndQuery.slice(0, q),
        rawQuery: q < 0 ? '' : pathAndQuery.slice(q + 1),
        headers,
      };
      const body = c.request?.body?.text !== undefined ? Buffer.from(c.request.body.text, 'utf8') : Buffer.alloc(0);
      options.credentials = keysFor(KEYS, req);
      const check = beginSigV4(req, options);
      check.verify(sha(body));
      if (c.signing.canonical_request && c.kind !== 'presigned-url') {
        const payload = c.signing.payload_hash_in_canonical_request;
        expect(canonicalRequest(req, c.signing.authorization.SignedHeaders, payload)).toBe(c.signing.canonical_request);
      }
      // Wrong region: refused with AWS's scope message.
      expect(() => beginSigV4(req, { ...options, region: 'eu-west-1' })).toThrow(MediaStoreError);
    });
  }
});
