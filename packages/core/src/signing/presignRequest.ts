import type { SignatureV4 } from '@smithy/signature-v4';
import { syncCrypto } from '#platform';
import type { HttpRequest } from '../transport/Transport.js';
import { getSigner, headerRules, normalizesPath } from './getSigner.js';
import type { SigningContext } from './SigningContext.js';
import { EMPTY_SHA256, toHex } from './toHex.js';
import { escapeUri, splitUrl, toSmithyQuery, toWirePath } from './toSmithyRequest.js';

/** SigV4 presigned URLs live at most 7 days. */
export const MAX_PRESIGN_EXPIRES_IN = 604_800;

/** The problem with an `expiresIn` value, or undefined when it is valid. */
export function checkExpiresIn(n: unknown): string | undefined {
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_PRESIGN_EXPIRES_IN) return undefined;
  return `expiresIn must be a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_IN} (7 days), got ${String(n)}`;
}

export type PresignContext = SigningContext & { expiresIn: number };

// Auth parameters in the order botocore prints them (the canonical query is sorted anyway).
const AUTH_PARAMS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Security-Token', 'X-Amz-Signature'];
// Set by the signer itself, or meaningless in a URL.
const DROPPED = /* @__PURE__ */ new Set(['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']);
const PAYLOAD_HEADER = 'x-amz-content-sha256';

/**
 * Query-string SigV4 (a presigned URL) for any request; returns the full URL. The session
 * token goes in the query and is signed. `x-amz-*` headers move into the query, so the URL
 * carries them; any other header left in `req.headers` (besides `host` and the never-signed
 * ones) is signed and must then be sent by whoever uses the URL. The payload is
 * UNSIGNED-PAYLOAD for S3 (or `payload: 'unsigned'`), else the SHA-256 of the body (of the
 * empty string without one).
 */
export async function presignRequest(req: HttpRequest, ctx: PresignContext): Promise<string> {
  const issue = checkExpiresIn(ctx.expiresIn);
  if (issue) throw new RangeError(issue);
  return presignRequestWith(getSigner(ctx), req, ctx);
}

/** presignRequest with a given smithy signer (the tests watch what it hashes). */
export async function presignRequestWith(signer: SignatureV4, req: HttpRequest, ctx: PresignContext): Promise<string> {
  const parts = splitUrl(req.url);
  const headers: Record<string, string> = {};
  const hoisted: typeof parts.query = [];
  for (const [k, value] of Object.entries(req.headers)) {
    const name = k.toLowerCase();
    if (DROPPED.has(name)) continue;
    if (name.startsWith('x-amz-')) hoisted.push({ name, value, hasValue: true });
    else headers[name] = value;
  }
  headers.host ??= parts.host;
  // smithy reads the payload hash from this header; it is neither signed nor hoisted.
  headers[PAYLOAD_HEADER] = payloadHash(req, ctx);
  const query = [...parts.query, ...hoisted];
  const url = new URL(req.url);
  const path = normalizesPath(ctx) ? parts.path : toWirePath(parts.path);
  const signed = await signer.presign(
    { method: req.method, protocol: url.protocol, hostname: url.hostname, path, query: toSmithyQuery(query), headers } as never,
    {
      signingDate: ctx.date,
      expiresIn: ctx.expiresIn,
      ...headerRules(ctx, [PAYLOAD_HEADER]),
      unhoistableHeaders: new Set([PAYLOAD_HEADER]),
      signingRegion: ctx.region,
      signingService: ctx.service,
    },
  );
  const q = (signed as { query: Record<string, string> }).query;
  const own = query.map((p) => (p.hasValue ? `${escapeUri(p.name)}=${escapeUri(p.value)}` : escapeUri(p.name)));
  const auth = AUTH_PARAMS.filter((k) => q[k] !== undefined).map((k) => `${k}=${escapeUri(q[k]!)}`);
  return `${parts.origin}${path}?${[...own, ...auth].join('&')}`;
}

function payloadHash(req: HttpRequest, ctx: SigningContext): string {
  if (ctx.s3 || ctx.payload === 'unsigned') return 'UNSIGNED-PAYLOAD';
  if (req.body === undefined) return EMPTY_SHA256;
  if (req.body instanceof Uint8Array) return toHex(syncCrypto.sha256(req.body));
  throw new TypeError('presignRequest: a stream body cannot be hashed into a presigned URL; presign without the body, or with payload "unsigned"');
}
