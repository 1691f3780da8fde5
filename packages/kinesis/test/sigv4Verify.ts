// An independent SigV4 header-signature check (node:crypto only, none of the client's
// signing code), used to verify what the client sent.
import { createHash, createHmac } from 'node:crypto';

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export const sha256Hex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const hmac = (key: Uint8Array | string, data: string) => createHmac('sha256', key).update(data).digest();

export function parseAuthorization(header: string) {
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(header);
  if (!m) throw new Error(`not a SigV4 Authorization header: ${header}`);
  return { credential: m[1]!, signedHeaders: m[2]!.split(';'), signature: m[3]! };
}

const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function canonicalRequest(req: SentRequest, signedHeaders: string[]): string {
  const url = new URL(req.url);
  const query = [...url.searchParams].map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).sort().join('&');
  const headers = signedHeaders.map((h) => `${h}:${(h === 'host' ? (req.headers.host ?? url.host) : req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [req.method, url.pathname || '/', query, headers, signedHeaders.join(';'), sha256Hex(req.body)].join('\n');
}

export function signatureOf(canonical: string, amzDate: string, scope: string, secret: string): string {
  const [day, region, service] = scope.split('/') as [string, string, string];
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

/** Recomputes the request's signature from what was sent; `valid` when it matches. */
export function verifySigned(req: SentRequest, secret: string) {
  const auth = parseAuthorization(req.headers.authorization!);
  const canonical = canonicalRequest(req, auth.signedHeaders);
  const scope = auth.credential.split('/').slice(1).join('/');
  return { canonical, valid: signatureOf(canonical, req.headers['x-amz-date']!, scope, secret) === auth.signature };
}
