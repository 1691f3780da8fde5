// An independent SigV4 check for tests: node:crypto only, nothing from the code under test,
// so a request the client signed can be verified from what went on the wire.
import { createHash, createHmac } from 'node:crypto';

const sha256Hex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const hmac = (key: Uint8Array | string, s: string) => createHmac('sha256', key).update(s).digest();
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

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

/** The canonical request (non-S3 rules: each path segment encoded again, query sorted). */
export function canonicalRequest(req: { method: string; url: string; headers: Record<string, string>; body: Uint8Array }, signedHeaders: string[]): string {
  const url = new URL(req.url);
  const path = url.pathname.split('/').map((seg) => rfc3986(decodeURIComponent(seg))).join('/') || '/';
  const query = [...url.searchParams]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) lower[k.toLowerCase()] = v;
  lower.host ??= url.host;
  const headers = signedHeaders.map((h) => `${h}:${(lower[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [req.method, path, query, headers, signedHeaders.join(';'), sha256Hex(req.body)].join('\n');
}

/** The signature for a canonical request under a credential scope `AKID/date/region/service/aws4_request`. */
export function signatureOf(canonical: string, amzDate: string, scope: string, secretAccessKey: string): string {
  const [date, region, service] = scope.split('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date!), region!), service!), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

/** Verifies a captured request's Authorization header from scratch; returns its canonical request. */
export function verifySigned(req: { method: string; url: string; headers: Record<string, string>; body: Uint8Array }, secretAccessKey: string): { canonical: string; auth: ParsedAuthorization; valid: boolean } {
  const auth = parseAuthorization(req.headers.authorization ?? '');
  const canonical = canonicalRequest(req, auth.signedHeaders);
  const scope = auth.credential.split('/').slice(1).join('/');
  const valid = signatureOf(canonical, req.headers['x-amz-date'] ?? '', scope, secretAccessKey) === auth.signature;
  return { canonical, auth, valid };
}

export { sha256Hex };
