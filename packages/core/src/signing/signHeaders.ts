import { hashes } from '#platform';
import type { HttpRequest } from '../transport/Transport.js';
import type { SigningContext } from './SigningContext.js';
import { ALGORITHM, amzDate, canonicalHeaders, canonicalPath, credentialScope, type HashFns, type Signature, sha256Hex, signCanonical } from './sigv4.js';
import { splitUrl, toWirePath } from './splitUrl.js';
import { EMPTY_SHA256 } from './emptySha256.js';

/** Whether the path is normalised and encoded again (every service but S3). */
export const normalizesPath = (ctx: Pick<SigningContext, 's3' | 'normalizePath'>) => ctx.normalizePath ?? !ctx.s3;

/** The canonical path of a URL's path under these rules (S3: as sent on the wire). */
export const pathToSign = (path: string, ctx: Pick<SigningContext, 's3' | 'normalizePath'>) =>
  normalizesPath(ctx) ? canonicalPath(path, true) : toWirePath(path);

/**
 * Signs a request with an Authorization header (SigV4) and returns it with what was hashed
 * and signed. The request's headers must already hold everything that is sent; `host` is
 * added from the URL when absent. A stream body is never read here: it is signed as
 * UNSIGNED-PAYLOAD (aws-chunked uploads go through signStreaming, which calls this for the
 * header request).
 */
export async function signHeaders(req: HttpRequest, ctx: SigningContext, hash: HashFns = hashes): Promise<{ request: HttpRequest } & Omit<Signature, 'signature'>> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  const url = splitUrl(req.url);
  headers.host ??= url.host;
  // The signer sets these; a caller's Date is dropped as smithy and botocore do (X-Amz-Date is
  // the time that is signed).
  delete headers.authorization;
  delete headers.date;
  if (ctx.payload === 'unsigned') headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  const body = req.body instanceof Uint8Array ? req.body : undefined;
  // A stream cannot be hashed ahead of sending without buffering it.
  if (req.body && !body) headers['x-amz-content-sha256'] ??= 'UNSIGNED-PAYLOAD';
  const { credentials } = ctx;
  const longDate = amzDate(ctx.date);
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  headers['x-amz-date'] = longDate;
  const payloadHash = headers['x-amz-content-sha256'] ?? (body ? await sha256Hex(body, hash) : EMPTY_SHA256);
  if (ctx.contentSha256Header ?? !!ctx.s3) headers['x-amz-content-sha256'] = payloadHash;
  const signed = canonicalHeaders(headers, ctx.signableHeaders);
  const { signature, ...trace } = await signCanonical(
    { method: req.method, path: pathToSign(url.path, ctx), query: url.query, headers: signed, payloadHash },
    credentials,
    longDate,
    ctx.region,
    ctx.service,
    hash,
  );
  const scope = credentialScope(longDate.slice(0, 8), ctx.region, ctx.service);
  headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed.names}, Signature=${signature}`;
  return { request: { method: req.method, url: req.url, headers, body: req.body }, ...trace };
}
