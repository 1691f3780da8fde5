// botocore's golden requests, at signer level: the recorded method, URL, headers and body go
// into signRequest/presignRequest with the recorded credentials, region, signing name and
// date; Authorization (or the whole presigned URL), the canonical request and the string to
// sign must come out exactly as botocore produced them.
import { type BotocoreCase, botocoreCases, clockOf, decodeParams } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import { presignRequestTraced, signRequestTraced, signStreamingTraced } from '../src/signing/signingTrace.js';
import type { SigningContext } from '../src/signing/SigningContext.js';
import type { HttpRequest } from '../src/transport/Transport.js';

const FILES = ['iam.json', 'kinesis.json', 'mediastore.json', 'mediastore-data.json', 's3.json', 's3.botocore-1.43.11.json'];
const cases = FILES.flatMap((f) => botocoreCases(f).map((c) => [c.id, c] as [string, BotocoreCase]));

function contextOf(c: BotocoreCase): SigningContext {
  const signed = (c.signing.signed_headers as string[] | undefined) ?? [];
  return {
    credentials: { accessKeyId: c.credentials.access_key_id, secretAccessKey: c.credentials.secret_access_key, sessionToken: c.credentials.session_token },
    region: c.region,
    service: c.signing_name,
    date: clockOf(c.date)(),
    s3: c.signing_name === 's3',
    // botocore 1.29 signed Transfer-Encoding on its aws-chunked uploads; 1.43 and we do not.
    signableHeaders: signed.includes('transfer-encoding') ? ['transfer-encoding'] : [],
  };
}

const lower = (headers: Array<[string, string]>) => Object.fromEntries(headers.map(([k, v]) => [k.toLowerCase(), v]));
const bytesOf = (b: NonNullable<BotocoreCase['request']>['body']) =>
  b.length === 0 ? undefined : new Uint8Array(b.base64 !== undefined ? Buffer.from(b.base64, 'base64') : Buffer.from(b.text ?? '', 'utf8'));

async function collect(body: HttpRequest['body']): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of body as AsyncIterable<Uint8Array>) parts.push(p);
  return new Uint8Array(Buffer.concat(parts));
}

async function headerCase(c: BotocoreCase) {
  const r = c.request!;
  const recorded = lower(r.headers);
  const ctx = contextOf(c);
  // What the signer adds itself is left out of its input: Authorization, X-Amz-Date, the
  // token (from the credentials) and the payload hash (computed, or UNSIGNED-PAYLOAD by rule).
  const { authorization, 'x-amz-date': _date, 'x-amz-security-token': _token, ...input } = recorded;
  const sha = input['x-amz-content-sha256'];
  if (sha === 'UNSIGNED-PAYLOAD') ctx.payload = 'unsigned';
  if (sha === 'UNSIGNED-PAYLOAD' || sha === r.body.sha256) delete input['x-amz-content-sha256'];
  const out = await signRequestTraced({ method: r.method, url: r.url, headers: input, body: bytesOf(r.body) }, ctx);
  expect(out.canonicalRequest).toBe(c.signing.canonical_request);
  expect(out.stringToSign).toBe(c.signing.string_to_sign);
  expect(out.request.headers.authorization).toBe(authorization);
  // Every header botocore sent, with the same value, and Host (which its HTTP layer adds).
  expect(out.request.headers).toEqual({ ...recorded, ...lower(r.implicit_headers ?? []) });
  expect(out.request.url).toBe(r.url);
}

async function presignCase(c: BotocoreCase) {
  const p = c.presigned!;
  const url = new URL(p.url);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith('X-Amz-')) url.searchParams.delete(k);
  const out = await presignRequestTraced({ method: p.method, url: url.href, headers: {} }, { ...contextOf(c), expiresIn: c.expires_in! });
  expect(out.canonicalRequest).toBe(c.signing.canonical_request);
  expect(out.stringToSign).toBe(c.signing.string_to_sign);
  expect(out.url).toBe(p.url);
}

describe('botocore golden requests (signer level)', () => {
  it('reads all six files', () => {
    expect(cases.length).toBe(4 + 4 + 3 + 5 + 13 + 5);
  });

  it.each(cases)('%s', async (_id, c) => {
    if (c.kind === 'presigned-url') await presignCase(c);
    else await headerCase(c);
  });

  // The aws-chunked uploads again, this time encoded by us from the raw data.
  const trailerCases = cases.filter(([, c]) => c.request && lower(c.request.headers)['x-amz-content-sha256'] === 'STREAMING-UNSIGNED-PAYLOAD-TRAILER');
  it('has the aws-chunked cases', () => expect(trailerCases.map(([id]) => id)).toHaveLength(4));

  it.each(trailerCases)('%s: signStreaming (unsigned trailer) reproduces the request and the body', async (_id, c) => {
    const r = c.request!;
    const recorded = lower(r.headers);
    const input = { ...recorded };
    for (const k of ['authorization', 'x-amz-date', 'content-encoding', 'x-amz-trailer', 'x-amz-decoded-content-length', 'x-amz-content-sha256']) delete input[k];
    const data = (decodeParams(c.params) as { Body: Uint8Array }).Body;
    const out = await signStreamingTraced({ method: r.method, url: r.url, headers: input, body: data }, { ...contextOf(c), trailer: 'crc32' }, 'unsigned-trailer');
    expect(out.canonicalRequest).toBe(c.signing.canonical_request);
    expect(out.request.headers).toEqual({ ...recorded, ...lower(r.implicit_headers ?? []) });
    expect(Buffer.from(await collect(out.request.body)).toString('utf8')).toBe(r.body.text);
  });
});
