// SigV4, written out: the canonical request, the string to sign and the signature of the
// AWS document "Create a signed AWS API request", in the header form and the query form
// (presigned URLs). Its rules follow @smithy/signature-v4 case for case: the SigV4 test suite,
// botocore's requests and a differential test against smithy itself hold it there.
//
// Why not smithy's class at run time: it is about 16 KB minified with the @smithy/core pieces
// it pulls in (event-stream header encoding, UUIDs, blob adapters) and cannot be tree-shaken,
// which alone is a third of a 15 KB browser bundle budget. Hashing is the platform's: node:crypto
// in Node (synchronous), Web Crypto elsewhere.
import { hashes } from '#platform';
import type { Credentials } from '../credentials/Credentials.js';
import { escapeUri } from './splitUrl.js';
import { toHex } from '../body/bytes.js';

export const ALGORITHM = 'AWS4-HMAC-SHA256';

/** The hash functions signing uses (replaceable so a test can sign with another platform's). */
export interface HashFns {
  sha256(data: Uint8Array | string): Uint8Array | Promise<Uint8Array>;
  hmac(key: Uint8Array | string, data: Uint8Array | string): Uint8Array | Promise<Uint8Array>;
  /** The SHA-256 as hex in one call, where the platform has one (Node's crypto.hash). */
  sha256Hex?(data: Uint8Array | string): string;
}

/** The SHA-256 of `data` as hex: in one call where the platform can (no hash object, no copy). */
export async function sha256Hex(data: Uint8Array | string, hash: HashFns = hashes): Promise<string> {
  return hash.sha256Hex ? hash.sha256Hex(data) : toHex(await hash.sha256(data));
}

// Never signed unless asked for: hop-by-hop and proxy headers, and those the HTTP layer or a
// proxy may change on the way (smithy's and botocore's lists).
const NEVER_SIGNED = /* @__PURE__ */ new Set([
  'authorization',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
  'content-length',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
]);

/** `20150830T123600Z` */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * The canonical URI. Every service but S3 normalises the path (`.`, `..` and empty segments)
 * and URI-encodes it once more; S3 signs the path exactly as it is sent.
 */
export function canonicalPath(path: string, normalize: boolean): string {
  if (!normalize) return path;
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

/** The canonical query: pairs encoded, sorted by name, then by value for a repeated name. */
export function canonicalQuery(pairs: ReadonlyArray<{ name: string; value: string }>): string {
  const byName = new Map<string, string[]>();
  for (const { name, value } of pairs) {
    if (name.toLowerCase() === 'x-amz-signature') continue;
    const k = escapeUri(name);
    const list = byName.get(k);
    const encoded = `${k}=${escapeUri(value)}`;
    if (list) list.push(encoded);
    else byName.set(k, [encoded]);
  }
  return [...byName.keys()]
    .sort()
    .map((k) => byName.get(k)!.sort().join('&'))
    .join('&');
}

/**
 * The signed headers (lower-case names, sorted) and their canonical lines: values trimmed,
 * runs of white space folded to one space. `signable` names headers (any case) to sign although they are
 * normally left out; `unsignable` adds to the headers left out.
 */
export function canonicalHeaders(
  headers: Readonly<Record<string, string | undefined>>,
  signable?: readonly string[],
  unsignable?: readonly string[],
): { names: string; lines: string } {
  const values: Record<string, string> = Object.create(null);
  for (const name of Object.keys(headers).sort()) {
    const v = headers[name];
    if (v == null) continue;
    const lower = name.toLowerCase();
    const left = NEVER_SIGNED.has(lower) || unsignable?.includes(lower) || /^(proxy|sec)-/.test(lower);
    if (left && !signable?.some((h) => h.toLowerCase() === lower)) continue;
    values[lower] = String(v).trim().replace(/\s+/g, ' ');
  }
  const names = Object.keys(values).sort();
  return { names: names.join(';'), lines: names.map((n) => `${n}:${values[n]}`).join('\n') };
}

export function credentialScope(shortDate: string, region: string, service: string): string {
  return `${shortDate}/${region}/${service}/aws4_request`;
}

// Derived keys, per credentials object: four HMACs saved on every request of the day. The
// secret is part of the inner key, so credentials changed in place are not signed with a
// stale key.
const keys = /* @__PURE__ */ new WeakMap<object, Map<string, Uint8Array>>();

/** kSigning (the HMAC chain over date, region, service and "aws4_request"), remembered per
 * credentials object and scope. */
export async function signingKey(credentials: Pick<Credentials, 'secretAccessKey'>, shortDate: string, region: string, service: string, hash: HashFns = hashes): Promise<Uint8Array> {
  // Keys derived with other hash functions (a test's) are not remembered.
  if (hash !== hashes) return deriveKey(credentials.secretAccessKey, shortDate, region, service, hash);
  let byScope = keys.get(credentials);
  if (!byScope) keys.set(credentials, (byScope = new Map()));
  const id = `${credentialScope(shortDate, region, service)}\n${credentials.secretAccessKey}`;
  let key = byScope.get(id);
  if (!key) {
    // A new day or region: the keys of the old ones are of no more use.
    if (byScope.size >= 8) byScope.clear();
    byScope.set(id, (key = await deriveKey(credentials.secretAccessKey, shortDate, region, service, hash)));
  }
  return key;
}

async function deriveKey(secret: string, shortDate: string, region: string, service: string, hash: HashFns): Promise<Uint8Array> {
  let key = await hash.hmac(`AWS4${secret}`, shortDate);
  for (const part of [region, service, 'aws4_request']) key = await hash.hmac(key, part);
  return key;
}

export interface CanonicalParts {
  method: string;
  /** The canonical URI (see canonicalPath). */
  path: string;
  query: ReadonlyArray<{ name: string; value: string }>;
  headers: { names: string; lines: string };
  payloadHash: string;
}

export interface Signature {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/** Hashes the canonical request, builds the string to sign and signs it. */
export async function signCanonical(
  parts: CanonicalParts,
  credentials: Pick<Credentials, 'secretAccessKey'>,
  longDate: string,
  region: string,
  service: string,
  hash: HashFns = hashes,
): Promise<Signature> {
  const canonicalRequest = `${parts.method}\n${parts.path}\n${canonicalQuery(parts.query)}\n${parts.headers.lines}\n\n${parts.headers.names}\n${parts.payloadHash}`;
  const shortDate = longDate.slice(0, 8);
  const stringToSign = `${ALGORITHM}\n${longDate}\n${credentialScope(shortDate, region, service)}\n${await sha256Hex(canonicalRequest, hash)}`;
  const signature = toHex(await hash.hmac(await signingKey(credentials, shortDate, region, service, hash), stringToSign));
  return { canonicalRequest, stringToSign, signature };
}
