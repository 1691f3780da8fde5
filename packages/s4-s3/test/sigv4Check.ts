// An independent SigV4 check of a captured S3 request, written from the SigV4 documentation
// with node:crypto only (nothing from @skiff/core or smithy: the shared pieces come from
// @skiff/testkit/sigv4, which imports nothing else): S3 rules, so the path is signed exactly
// as sent and the payload hash is the x-amz-content-sha256 header.
import { canonicalQuery, signatureOf } from '@skiff/testkit/sigv4';

export { canonicalQuery };

export interface CheckedSignature {
  ok: boolean;
  canonicalRequest: string;
  expected: string;
  actual?: string;
  credential?: string;
  signedHeaders: string[];
}

/** The host, path and query of a URL exactly as written (no URL parser normalises them). */
export function splitUrl(url: string): { host: string; path: string; query: string } {
  const rest = url.slice(url.indexOf('://') + 3);
  const pq = rest.slice(rest.search(/[/?]|$/));
  const q = pq.indexOf('?');
  return { host: rest.slice(0, rest.search(/[/?]|$/)), path: q < 0 ? pq : pq.slice(0, q), query: q < 0 ? '' : pq.slice(q + 1) };
}

/** Checks the Authorization header of a request (header names lower-case). */
export function checkSigV4(req: { method: string; url: string; headers: Record<string, string> }, secretAccessKey: string): CheckedSignature {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  const signedHeaders = m ? m[2]!.split(';') : [];
  const { path, query } = splitUrl(req.url);
  const host = req.headers.host ?? new URL(req.url).host;
  const value = (h: string) => (h === 'host' ? host : (req.headers[h] ?? '')).trim().replace(/\s+/g, ' ');
  const canonicalRequest = [
    req.method,
    path || '/',
    canonicalQuery(query),
    signedHeaders.map((h) => `${h}:${value(h)}\n`).join(''),
    signedHeaders.join(';'),
    req.headers['x-amz-content-sha256'] ?? '',
  ].join('\n');
  const credential = m?.[1];
  const [, date, region, service] = (credential ?? '').split('/');
  const expected = signatureOf(canonicalRequest, req.headers['x-amz-date'] ?? '', `${date}/${region}/${service}/aws4_request`, secretAccessKey);
  return { ok: !!m && m[3] === expected, canonicalRequest, expected, actual: m?.[3], credential, signedHeaders };
}
