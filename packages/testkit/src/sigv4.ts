// Independent SigV4 checks for tests, written from the SigV4 documentation with node:crypto
// only: nothing from @skiff/core or smithy, so what the client signed is verified by code that
// is not the client's. This file imports nothing else, and is reached as
// `@skiff/testkit/sigv4`, not through the index (which loads core): s4-s3's sigv4Check and the
// reliability suite's verifier build on it and stay clear of the code they check.
import { createHash, createHmac } from 'node:crypto';

export const sha256Hex = (d: Uint8Array | string) => createHash('sha256').update(d).digest('hex');
const hmac = (key: Uint8Array | string, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986: everything but A-Z a-z 0-9 - _ . ~ percent-encoded, upper-case hex. */
export const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** decodeURIComponent, or the text as it is where it is not valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The canonical query of a query string as written in the URL: each name and value decoded
 * and encoded again (RFC 3986), sorted by name then value; the names in `drop` left out.
 */
export function canonicalQuery(rawQuery: string, drop: string[] = []): string {
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return [rfc3986(safeDecode(eq < 0 ? p : p.slice(0, eq))), rfc3986(safeDecode(eq < 0 ? '' : p.slice(eq + 1)))] as const;
    })
    .filter(([k]) => !drop.includes(k))
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The signature of a canonical request at `amzDate` under the credential scope `day/region/service/aws4_request`. */
export function signatureOf(canonicalRequest: string, amzDate: string, scope: string, secretAccessKey: string): string {
  const [day, region, service] = scope.split('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day!), region!), service!), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

export interface ParsedAuthorization {
  credential: string;
  signedHeaders: string[];
  signature: string;
}

export function parseAuthorization(header: string): ParsedAuthorization {
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(header);
  if (!m) throw new Error(`not a SigV4 Authorization header: ${header}`);
  return { credential: m[1]!, signedHeaders: m[2]!.split(';'), signature: m[3]! };
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * The canonical request by the rules of every service but S3: each path segment encoded again,
 * the query sorted, the payload hash that of the body sent.
 */
export function canonicalRequest(req: SentRequest, signedHeaders: string[]): string {
  const url = new URL(req.url);
  const path = url.pathname.split('/').map((seg) => rfc3986(decodeURIComponent(seg))).join('/') || '/';
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) lower[k.toLowerCase()] = v;
  lower.host ??= url.host;
  const headers = signedHeaders.map((h) => `${h}:${(lower[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [req.method, path, canonicalQuery(url.search.slice(1)), headers, signedHeaders.join(';'), sha256Hex(req.body)].join('\n');
}

/** Verifies a captured request's Authorization header from scratch (non-S3 rules); returns its canonical request. */
export function verifySigned(req: SentRequest, secretAccessKey: string): { canonical: string; auth: ParsedAuthorization; valid: boolean } {
  const auth = parseAuthorization(req.headers.authorization ?? '');
  const canonical = canonicalRequest(req, auth.signedHeaders);
  const scope = auth.credential.split('/').slice(1).join('/');
  const valid = signatureOf(canonical, req.headers['x-amz-date'] ?? '', scope, secretAccessKey) === auth.signature;
  return { canonical, auth, valid };
}
