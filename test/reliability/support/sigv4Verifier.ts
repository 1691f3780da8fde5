// An independent SigV4 verifier: node:crypto and the AWS Signature Version 4 specification,
// nothing from the code under test. It rebuilds the canonical request from what would go on
// the wire (the raw URL, the headers, the body) and checks the Authorization header's
// signature, and that every header worth protecting was signed. The SigV4 pieces it shares
// with s4-s3's check (encoding, canonical query, the signature) are @skiff/testkit/sigv4's.
import { canonicalQuery, rfc3986 as enc, safeDecode as dec, sha256Hex as sha256, signatureOf } from '@skiff/testkit/sigv4';

export { canonicalQuery };

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

/** The raw path and query of a URL, exactly as written (no URL parser resolves anything). */
export function rawTarget(url: string): { path: string; query: string } {
  const rest = url.slice(url.indexOf('//') + 2);
  const at = rest.search(/[/?#]/);
  const target = at < 0 ? '/' : rest.slice(at).split('#')[0]!;
  const q = target.indexOf('?');
  return { path: (q < 0 ? target : target.slice(0, q)) || '/', query: q < 0 ? '' : target.slice(q + 1) };
}

/** S3 signs the path as sent; every other service signs it normalised and encoded once more. */
export function canonicalUri(path: string, s3: boolean): string {
  if (s3) return path;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  const joined = `/${out.join('/')}${out.length && path.endsWith('/') ? '/' : ''}`;
  return joined.split('/').map(enc).join('/');
}

export interface Verdict {
  ok: boolean;
  reason?: string;
  canonicalRequest?: string;
}

// Headers SigV4 signers leave unsigned on purpose, because they may change in transit: the
// hop-by-hop and proxy headers of HTTP (RFC 9110 7.6.1), and the unsignable headers of the AWS
// SDKs' signers (smithy's ALWAYS_UNSIGNABLE_HEADERS with its proxy- and sec- prefixes,
// botocore's). Signing more is allowed; sending one of these unsigned is not a fault.
const UNSIGNED = new Set([
  'authorization', 'connection', 'content-length', 'expect', 'from', 'keep-alive', 'max-forwards', 'pragma', 'referer',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'x-amzn-trace-id', 'amz-sdk-invocation-id', 'amz-sdk-request',
]);
const mayGoUnsigned = (name: string) => UNSIGNED.has(name) || /^(proxy|sec)-/.test(name);

export function verifySigV4(req: WireRequest, secretAccessKey: string, opts: { s3: boolean }): Verdict {
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) h[k.toLowerCase()] = v;
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(h.authorization ?? '');
  if (!auth) return { ok: false, reason: `malformed Authorization: ${h.authorization}` };
  const [, , day, region, service, signedList, signature] = auth as unknown as string[];
  const amzDate = h['x-amz-date'];
  if (!amzDate || !amzDate.startsWith(day!)) return { ok: false, reason: `x-amz-date ${amzDate} does not match the credential day ${day}` };
  const signed = signedList!.split(';');
  if ([...signed].sort().join(';') !== signedList) return { ok: false, reason: 'SignedHeaders not sorted' };
  const host = h.host ?? new URL(req.url).host;
  const value = (name: string) => (name === 'host' ? host : (h[name] ?? '')).trim().replace(/\s+/g, ' ');
  // Every header that is sent and may not change in transit must be signed.
  for (const name of Object.keys(h)) {
    if (!mayGoUnsigned(name) && !signed.includes(name)) return { ok: false, reason: `header ${name} is sent but not signed` };
  }
  if (!signed.includes('host')) return { ok: false, reason: 'host is not signed' };
  const claimed = h['x-amz-content-sha256'];
  const bodyHash = sha256(req.body ?? new Uint8Array());
  if (claimed && /^[0-9a-f]{64}$/.test(claimed) && claimed !== bodyHash) return { ok: false, reason: 'x-amz-content-sha256 is not the body hash' };
  const payloadHash = claimed ?? bodyHash;
  const { path, query } = rawTarget(req.url);
  const canonicalRequest = [req.method, canonicalUri(path, opts.s3), canonicalQuery(query), signed.map((n) => `${n}:${value(n)}\n`).join(''), signedList, payloadHash].join('\n');
  const expected = signatureOf(canonicalRequest, amzDate, `${day}/${region}/${service}/aws4_request`, secretAccessKey);
  return expected === signature ? { ok: true, canonicalRequest } : { ok: false, reason: `signature mismatch`, canonicalRequest };
}

/** A query-signed (presigned) URL: the signature over the URL with X-Amz-Signature left out. */
export function verifyPresigned(method: string, url: string, secretAccessKey: string, opts: { s3: boolean; payload: string }): Verdict {
  const { path, query } = rawTarget(url);
  const q = new Map(query.split('&').map((p) => [dec(p.split('=')[0]!), dec(p.split('=').slice(1).join('='))] as const));
  const cred = /^([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request$/.exec(q.get('X-Amz-Credential') ?? '');
  if (!cred || q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return { ok: false, reason: 'malformed credential or algorithm' };
  const [, , day, region, service] = cred as unknown as string[];
  const amzDate = q.get('X-Amz-Date') ?? '';
  if (!amzDate.startsWith(day!)) return { ok: false, reason: 'date does not match the credential day' };
  const signedList = q.get('X-Amz-SignedHeaders') ?? '';
  if (!signedList.split(';').includes('host')) return { ok: false, reason: 'host is not signed' };
  const host = new URL(url).host;
  const canonicalRequest = [method, canonicalUri(path, opts.s3), canonicalQuery(query, ['X-Amz-Signature']), signedList.split(';').map((n) => `${n}:${n === 'host' ? host : ''}\n`).join(''), signedList, opts.payload].join('\n');
  const expected = signatureOf(canonicalRequest, amzDate, `${day}/${region}/${service}/aws4_request`, secretAccessKey);
  return expected === q.get('X-Amz-Signature') ? { ok: true, canonicalRequest } : { ok: false, reason: 'signature mismatch', canonicalRequest };
}
