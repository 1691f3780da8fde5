// Core's SigV4 signer against @smithy/signature-v4 (the signer of the AWS SDK v3) on generated
// requests: paths with dot segments, escapes and non-ASCII text, repeated and empty query
// parameters, headers in mixed case with folded white space, the never-signed and the
// proxy-/sec- headers, session tokens, S3 and generic rules. Both forms: the Authorization
// header and the presigned URL's signature must be the same for every request.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presignRequest } from '../src/signing/presignRequest.js';
import { signHeaders } from '../src/signing/signHeaders.js';
import type { SigningContext } from '../src/signing/SigningContext.js';
import { escapeUri, splitUrl, toWirePath } from '../src/signing/splitUrl.js';
import type { HttpRequest } from '../src/transport/Transport.js';

// The rules core documents, given to smithy the way it takes them.
const UNSIGNABLE = ['content-length', 'user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'expect', 'transfer-encoding', 'x-amzn-trace-id'];

function smithyFor(ctx: SigningContext) {
  return new SignatureV4({
    service: ctx.service,
    region: ctx.region,
    sha256: Sha256,
    uriEscapePath: ctx.normalizePath ?? !ctx.s3,
    applyChecksum: ctx.contentSha256Header ?? !!ctx.s3,
    credentials: () => Promise.resolve(ctx.credentials),
  });
}

function rules(ctx: SigningContext, extra: string[] = []) {
  return {
    unsignableHeaders: new Set([...UNSIGNABLE, ...extra]),
    signableHeaders: new Set(['cache-control', ...(ctx.signableHeaders ?? [])]),
    signingDate: ctx.date,
    signingRegion: ctx.region,
    signingService: ctx.service,
  };
}

/** The query as smithy takes it: names to a value or a list, on a map without a prototype. */
function smithyQuery(pairs: Array<{ name: string; value: string }>) {
  const q: Record<string, string | string[]> = Object.create(null);
  for (const { name, value } of pairs) {
    const prev = q[name];
    q[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return q;
}

async function smithyAuthorization(req: HttpRequest, ctx: SigningContext): Promise<string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  const parts = splitUrl(req.url);
  headers.host ??= parts.host;
  const url = new URL(req.url);
  const normalize = ctx.normalizePath ?? !ctx.s3;
  const signed = await smithyFor(ctx).sign(
    {
      method: req.method,
      protocol: url.protocol,
      hostname: url.hostname,
      path: normalize ? parts.path : toWirePath(parts.path),
      query: smithyQuery(parts.query),
      headers,
      body: req.body,
    } as never,
    rules(ctx),
  );
  return (signed as unknown as { headers: Record<string, string> }).headers.authorization!;
}

async function smithyPresignSignature(req: HttpRequest, ctx: SigningContext & { expiresIn: number }, payloadHash: string): Promise<string> {
  const parts = splitUrl(req.url);
  const url = new URL(req.url);
  const normalize = ctx.normalizePath ?? !ctx.s3;
  const headers: Record<string, string> = { host: parts.host, 'x-amz-content-sha256': payloadHash };
  const query = [...parts.query];
  for (const [k, v] of Object.entries(req.headers)) {
    const n = k.toLowerCase();
    if (n.startsWith('x-amz-')) query.push({ name: n, value: v, hasValue: true });
    else headers[n] = v;
  }
  const signed = await smithyFor(ctx).presign(
    { method: req.method, protocol: url.protocol, hostname: url.hostname, path: normalize ? parts.path : toWirePath(parts.path), query: smithyQuery(query), headers } as never,
    { ...rules(ctx, ['x-amz-content-sha256']), expiresIn: ctx.expiresIn, unhoistableHeaders: new Set(['x-amz-content-sha256']) },
  );
  return (signed.query as Record<string, string>)['X-Amz-Signature']!;
}

// Text that exercises encoding: reserved and unreserved marks, escapes, spaces, non-ASCII.
const piece = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '_', '.', '~', ' ', '+', '*', "'", '(', '!', '$', ':', '@', ',', ';', '=', 'é', '€', '😀', '%20', '%2F'), maxLength: 6 });
const segment = fc.oneof(piece, fc.constantFrom('.', '..', ''));
const path = fc.tuple(fc.array(segment, { maxLength: 5 }), fc.boolean()).map(([s, slash]) => `/${s.join('/')}${slash && s.length ? '/' : ''}`);
const queryName = fc.oneof(piece.filter((s) => s.length > 0), fc.constantFrom('constructor', 'toString', 'uploads', 'X-Amz-Meta'));
const query = fc.array(fc.tuple(queryName, piece), { maxLength: 5 });
const headerName = fc.oneof(
  fc.constantFrom('Content-Type', 'cache-control', 'User-Agent', 'x-amz-meta-Note', 'X-Amz-Target', 'proxy-authorization', 'sec-fetch-mode', 'expect', 'content-length', 'range', 'If-Match', 'x-amz-acl'),
  fc.stringMatching(/^x-[a-z0-9-]{1,8}$/),
);
const headerValue = fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '  ', '\t', '"', ',', '/', '='), maxLength: 12 });
const context = fc.record({
  s3: fc.boolean(),
  normalizePath: fc.option(fc.boolean(), { nil: undefined }),
  contentSha256Header: fc.option(fc.boolean(), { nil: undefined }),
  sessionToken: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
  signableHeaders: fc.option(fc.subarray(['content-length', 'user-agent', 'expect']), { nil: undefined }),
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
  region: fc.constantFrom('us-east-1', 'eu-central-1', 'ap-southeast-2'),
  service: fc.constantFrom('s3', 'kinesis', 'mediastore', 'iam'),
});

type Generated = typeof context extends fc.Arbitrary<infer T> ? T : never;

function build(method: string, p: string, q: Array<[string, string]>, hs: Array<[string, string]>, c: Generated) {
  const search = q.map(([k, v]) => `${escapeUri(k)}=${escapeUri(v)}`).join('&');
  const headers: Record<string, string> = {};
  for (const [k, v] of hs) headers[k] = v;
  const ctx: SigningContext = {
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: c.sessionToken },
    region: c.region,
    service: c.service,
    date: c.date,
    s3: c.s3,
    normalizePath: c.normalizePath,
    contentSha256Header: c.contentSha256Header,
    signableHeaders: c.signableHeaders,
  };
  return { req: { method, url: `https://host.example.com:8443${p}${search ? `?${search}` : ''}`, headers } as HttpRequest, ctx };
}

const method = fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'HEAD');
const headers = fc.uniqueArray(fc.tuple(headerName, headerValue), { maxLength: 6, selector: ([k]) => k.toLowerCase() });
const body = fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined });

describe('SigV4: core signer = @smithy/signature-v4', () => {
  it('signs the same Authorization header for generated requests', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, context, body, async (m, p, q, hs, c, b) => {
        const { req, ctx } = build(m, p, q, hs, c);
        req.body = b;
        const ours = (await signHeaders(req, ctx)).request.headers.authorization;
        expect(ours).toBe(await smithyAuthorization(req, ctx));
      }),
      { numRuns: 600 },
    );
  });

  it('signs the same presigned URL for generated requests', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, context, fc.integer({ min: 1, max: 604_800 }), async (m, p, q, hs, c, expiresIn) => {
        const { req, ctx } = build(m, p, q, hs, c);
        const url = await presignRequest(req, { ...ctx, payload: 'unsigned', expiresIn });
        const sig = new URL(url).searchParams.get('X-Amz-Signature');
        expect(sig).toBe(await smithyPresignSignature(req, { ...ctx, expiresIn }, 'UNSIGNED-PAYLOAD'));
      }),
      { numRuns: 400 },
    );
  });
});
