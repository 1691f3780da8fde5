// An independent SigV4 check of a captured S3 request, written from the SigV4 documentation
// with node:crypto only (nothing from @skiff/core or smithy): S3 rules, so the path is signed
// exactly as sent and the payload hash is the x-amz-content-sha256 header.
import { createHash, createHmac } from 'node:crypto';

export interface CheckedSignature {
  ok: boolean;
  canonicalRequest: string;
  expected: string;
  actual?: string;
  credential?: string;
  signedHeaders: string[];
}

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export function canonicalQuery(rawQuery: string): string {
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const i = p.indexOf('=');
      return [enc(dec(i < 0 ? p : p.slice(0, i))), enc(dec(i < 0 ? '' : p.slice(i + 1)))] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Checks the Authorization header of a request (header names lower-case). */
export function checkSigV4(req: { method: string; url: string; headers: Record<string, string> }, secretAccessKey: string): CheckedSignature {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  const signedHeaders = m ? m[2]!.split(';') : [];
  const afterScheme = req.url.slice(req.url.indexOf('://') + 3);
  const pathAndQuery = afterScheme.slice(afterScheme.search(/[/?]|$/));
  const q = pathAndQuery.indexOf('?');
  const path = (q < 0 ? pathAndQuery : pathAndQuery.slice(0, q)) || '/';
  const query = q < 0 ? '' : pathAndQuery.slice(q + 1);
  const host = req.headers.host ?? new URL(req.url).host;
  const value = (h: string) => (h === 'host' ? host : (req.headers[h] ?? '')).trim().replace(/\s+/g, ' ');
  const canonicalRequest = [
    req.method,
    path,
    canonicalQuery(query),
    signedHeaders.map((h) => `${h}:${value(h)}\n`).join(''),
    signedHeaders.join(';'),
    req.headers['x-amz-content-sha256'] ?? '',
  ].join('\n');
  const credential = m?.[1];
  const [, date, region, service] = (credential ?? '').split('/');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', req.headers['x-amz-date'], scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  let key: Buffer = createHmac('sha256', `AWS4${secretAccessKey}`).update(date ?? '').digest();
  for (const part of [region ?? '', service ?? '', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const expected = createHmac('sha256', key).update(stringToSign).digest('hex');
  return { ok: !!m && m[3] === expected, canonicalRequest, expected, actual: m?.[3], credential, signedHeaders };
}
