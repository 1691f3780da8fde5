// AWS's SigV4 test suite, both forms, every case: the classic aws4_testsuite (header
// signing) and aws-c-auth's v4 suite (header signing and query signing, i.e. presigned URLs).
// Each case goes through signRequest/presignRequest (smithy underneath); the canonical
// request and string to sign are the ones the signer really hashed (signingTrace).
import { describe, expect, it } from 'vitest';
import { presignRequestTraced, signRequestTraced } from '../src/signing/signingTrace.js';
import type { SigningContext } from '../src/signing/SigningContext.js';
import { type CAuthCase, cAuthCases, type ClassicCase, classicCases, parseHttp, toHttpRequest } from './signingVectors.js';

const KEY = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const signatureOf = (authorization: string | undefined) => /Signature=([0-9a-f]{64})/.exec(authorization ?? '')?.[1];

/** Decoded query pairs of a request target or URL, sorted (order in a URL is not signed). */
function queryPairs(target: string): string[] {
  const q = target.includes('?') ? target.slice(target.indexOf('?') + 1) : '';
  return q
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const [k, v = ''] = p.split(/=(.*)/s);
      return `${decodeURIComponent(k!)}=${decodeURIComponent(v)}`;
    })
    .sort();
}

async function classic(c: ClassicCase) {
  // The suite's readme: in post-sts-header-after the token header is added after signing.
  const after = c.name.endsWith('post-sts-header-after');
  const ctx: SigningContext = {
    credentials: { ...KEY, sessionToken: after ? undefined : c.token },
    region: 'us-east-1',
    service: 'service',
    date: new Date('2015-08-30T12:36:00Z'),
  };
  const out = await signRequestTraced(toHttpRequest(c.req), ctx);
  if (after) out.request.headers['x-amz-security-token'] = c.token!;
  expect(out.canonicalRequest).toBe(c.creq);
  expect(out.stringToSign).toBe(c.sts);
  expect(out.request.headers.authorization).toBe(c.authz);
  if (c.token) expect(out.request.headers['x-amz-security-token']).toBe(c.token);
}

function cAuthContext(c: CAuthCase): SigningContext {
  const { context: x } = c;
  return {
    credentials: {
      accessKeyId: x.credentials.access_key_id,
      secretAccessKey: x.credentials.secret_access_key,
      sessionToken: x.omit_session_token ? undefined : x.credentials.token,
    },
    region: x.region,
    service: x.service,
    date: new Date(x.timestamp),
    normalizePath: x.normalize,
    contentSha256Header: x.sign_body,
    // aws-c-auth signs every header it is given, Content-Length included.
    signableHeaders: ['content-length'],
  };
}

async function cAuthHeader(c: CAuthCase) {
  const out = await signRequestTraced(toHttpRequest(c.req), cAuthContext(c));
  const token = c.context.credentials.token;
  if (c.context.omit_session_token && token) out.request.headers['x-amz-security-token'] = token;
  expect(out.canonicalRequest).toBe(c.header.creq);
  expect(out.stringToSign).toBe(c.header.sts);
  expect(signatureOf(out.request.headers.authorization)).toBe(c.header.signature);
  // Every header of aws-c-auth's signed request, Authorization included, with the same value.
  expect(out.request.headers).toEqual(toHttpRequest(c.header.signed).headers);
}

async function cAuthQuery(c: CAuthCase) {
  const ctx = { ...cAuthContext(c), expiresIn: c.context.expiration_in_seconds };
  const out = await presignRequestTraced(toHttpRequest(c.req), ctx);
  expect(out.canonicalRequest).toBe(c.query.creq);
  expect(out.stringToSign).toBe(c.query.sts);
  const url = new URL(out.url);
  expect(url.searchParams.get('X-Amz-Signature')).toBe(c.query.signature);
  // The same path and the same query parameters as aws-c-auth's presigned request.
  const target = out.url.slice(out.url.indexOf('/', 8));
  const token = c.context.credentials.token;
  const extra = c.context.omit_session_token && token ? [`X-Amz-Security-Token=${token}`] : [];
  // (compared as a client puts them on the wire: a raw space and %20 are the same path)
  const wire = (t: string) => new URL(`https://h${t.split('?')[0]}`).pathname;
  expect(wire(target)).toBe(wire(c.query.signed.target));
  expect([...queryPairs(target), ...extra].sort()).toEqual(queryPairs(c.query.signed.target));
}

const cases: Array<[string, () => Promise<void>]> = [
  ...classicCases().map((c) => [`aws4_testsuite ${c.name}`, () => classic(c)] as [string, () => Promise<void>]),
  ...cAuthCases().flatMap((c) => [
    [`aws-c-auth-v4 ${c.name} (header)`, () => cAuthHeader(c)] as [string, () => Promise<void>],
    [`aws-c-auth-v4 ${c.name} (query)`, () => cAuthQuery(c)] as [string, () => Promise<void>],
  ]),
];

describe('SigV4 test suite', () => {
  it('has every case of both forms', () => {
    // 34 classic cases, 38 aws-c-auth cases in two forms each (README of sigv4-suite).
    expect(cases.length).toBe(34 + 38 * 2);
    expect(parseHttp('GET /a b/ HTTP/1.1\nHost:h\n').target).toBe('/a b/');
  });
  it.each(cases)('%s', async (_name, run) => run());
});
