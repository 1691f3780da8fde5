import { hashes } from '#platform';
import type { HttpRequest } from '../transport/Transport.js';
import { normalizesPath, pathToSign } from './signHeaders.js';
import type { SigningContext } from './SigningContext.js';
import { ALGORITHM, amzDate, canonicalHeaders, credentialScope, type HashFns, type Signature, sha256Hex, signCanonical } from './sigv4.js';
import { escapeUri, splitUrl } from './splitUrl.js';
import { EMPTY_SHA256 } from './emptySha256.js';

/** SigV4 presigned URLs live at most 7 days. */
export const MAX_PRESIGN_EXPIRES_IN = 604_800;

/** The problem with an `expiresIn` value, or undefined when it is valid. */
export function checkExpiresIn(n: unknown): string | undefined {
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_PRESIGN_EXPIRES_IN) return undefined;
  return `expiresIn must be a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_IN} (7 days), got ${String(n)}`;
}

export type PresignContext = SigningContext & { expiresIn: number };

// Auth parameters, in the order botocore prints them and `auth` below is built (the canonical
// query is sorted anyway).
const AUTH_PARAMS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Security-Token', 'X-Amz-Signature'];
// Set by the signer itself, or meaningless in a URL (the payload hash is signed, not sent).
const DROPPED = /* @__PURE__ */ new Set(['authorization', 'date', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']);

/**
 * Query-string SigV4 (a presigned URL) for any request; returns the full URL. The session
 * token goes in the query and is signed. `x-amz-*` headers move into the query, so the URL
 * carries them; any other header left in `req.headers` (besides `host` and the never-signed
 * ones) is signed and must then be sent by whoever uses the URL. The payload is
 * UNSIGNED-PAYLOAD for S3 (or `payload: 'unsigned'`), else the SHA-256 of the body (of the
 * empty string without one).
 */
export async function presignRequest(req: HttpRequest, ctx: PresignContext): Promise<string> {
  return (await presignTrace(req, ctx)).url;
}

/** presignRequest, with what was hashed and signed. */
export async function presignTrace(req: HttpRequest, ctx: PresignContext, hash: HashFns = hashes): Promise<{ url: string } & Omit<Signature, 'signature'>> {
  const issue = checkExpiresIn(ctx.expiresIn);
  if (issue) throw new RangeError(issue);
  const parts = splitUrl(req.url);
  const headers: Record<string, string> = {};
  // A parameter the signer sets is replaced, not sent twice.
  const query = parts.query.filter((p) => !AUTH_PARAMS.includes(p.name));
  for (const [k, value] of Object.entries(req.headers)) {
    const name = k.toLowerCase();
    if (DROPPED.has(name)) continue;
    if (name.startsWith('x-amz-')) query.push({ name, value, hasValue: true });
    else headers[name] = value;
  }
  headers.host ??= parts.host;
  const { credentials } = ctx;
  const longDate = amzDate(ctx.date);
  const signed = canonicalHeaders(headers, ctx.signableHeaders);
  const auth: Array<[string, string]> = [
    ['X-Amz-Algorithm', ALGORITHM],
    ['X-Amz-Credential', `${credentials.accessKeyId}/${credentialScope(longDate.slice(0, 8), ctx.region, ctx.service)}`],
    ['X-Amz-Date', longDate],
    ['X-Amz-Expires', String(ctx.expiresIn)],
    ['X-Amz-SignedHeaders', signed.names],
  ];
  if (credentials.sessionToken) auth.push(['X-Amz-Security-Token', credentials.sessionToken]);
  const path = pathToSign(parts.path, ctx);
  const { signature, ...trace } = await signCanonical(
    { method: req.method, path, query: [...query, ...auth.map(([name, value]) => ({ name, value }))], headers: signed, payloadHash: await payloadHash(req, ctx, hash) },
    credentials,
    longDate,
    ctx.region,
    ctx.service,
    hash,
  );
  auth.push(['X-Amz-Signature', signature]);
  const own = query.map((p) => (p.hasValue ? `${escapeUri(p.name)}=${escapeUri(p.value)}` : escapeUri(p.name)));
  // The URL carries the path as sent (S3) or as written (others: the canonical form is only signed).
  const urlPath = normalizesPath(ctx) ? parts.path : path;
  return { url: `${parts.origin}${urlPath}?${[...own, ...auth.map(([k, v]) => `${k}=${escapeUri(v)}`)].join('&')}`, ...trace };
}

async function payloadHash(req: HttpRequest, ctx: SigningContext, hash: HashFns): Promise<string> {
  if (ctx.s3 || ctx.payload === 'unsigned') return 'UNSIGNED-PAYLOAD';
  if (req.body === undefined) return EMPTY_SHA256;
  if (req.body instanceof Uint8Array) return sha256Hex(req.body, hash);
  throw new TypeError('presignRequest: a stream body cannot be hashed into a presigned URL; presign without the body, or with payload "unsigned"');
}
