import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '#platform';
import type { HttpRequest } from '../transport/Transport.js';
import type { SigningContext } from './SigningContext.js';

// Headers botocore and the AWS SDKs never sign: they may change on the way (proxies, the
// HTTP layer) without invalidating the request.
const UNSIGNABLE = new Set(['content-length', 'user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'expect', 'transfer-encoding', 'x-amzn-trace-id']);
// smithy leaves these unsigned by default; the services' own SDKs sign them.
const SIGNABLE = new Set(['cache-control']);

// smithy's signer reads credentials from its own provider, so signers are kept per
// credentials object (stable between refreshes) and per (service, region, rules).
const signers = new WeakMap<object, Map<string, SignatureV4>>();

export function getSigner(ctx: Pick<SigningContext, 'service' | 'region' | 's3' | 'credentials'>): SignatureV4 {
  let byKey = signers.get(ctx.credentials);
  if (!byKey) signers.set(ctx.credentials, (byKey = new Map()));
  const key = `${ctx.service}|${ctx.region}|${ctx.s3 ? 1 : 0}`;
  let s = byKey.get(key);
  if (!s) {
    const creds = ctx.credentials;
    s = new SignatureV4({
      service: ctx.service,
      region: ctx.region,
      sha256: Sha256,
      uriEscapePath: !ctx.s3,
      applyChecksum: !!ctx.s3,
      credentials: () => Promise.resolve(creds),
    });
    byKey.set(key, s);
  }
  return s;
}

/** Splits an absolute URL into smithy's request parts. The path is kept exactly as encoded. */
export function toSmithyRequest(req: HttpRequest) {
  const url = new URL(req.url);
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) {
    const prev = query[k];
    if (prev === undefined) query[k] = v;
    else query[k] = Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  // URL normalises the path (resolving `..`); take the raw path from the string instead.
  const afterHost = req.url.slice(req.url.indexOf('/', req.url.indexOf('//') + 2));
  const rawPath = afterHost.split(/[?#]/)[0] || '/';
  return {
    method: req.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: rawPath,
    query,
    headers: { ...req.headers },
    body: req.body,
  };
}

/**
 * Signs a request with an Authorization header (SigV4). The request's headers must already
 * hold everything that is sent; `host` is added from the URL when absent.
 */
export async function signRequest(req: HttpRequest, ctx: SigningContext): Promise<HttpRequest> {
  const headers: Record<string, string> = { ...req.headers };
  headers.host ??= new URL(req.url).host;
  const payload = ctx.payload ?? 'sha256';
  if (payload === 'unsigned') headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  else if (payload === 'streaming-signed') {
    const { signStreaming } = await import('./streamingRequest.js');
    return signStreaming({ ...req, headers }, ctx);
  }
  const signer = getSigner(ctx);
  const body = req.body instanceof Uint8Array ? req.body : undefined;
  if (req.body && !body && !headers['x-amz-content-sha256']) {
    // A stream cannot be hashed ahead of sending without buffering it.
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  }
  const signed = await signer.sign(
    { ...toSmithyRequest({ ...req, headers }), body } as never,
    { signingDate: ctx.date, unsignableHeaders: UNSIGNABLE, signableHeaders: SIGNABLE, signingRegion: ctx.region, signingService: ctx.service },
  );
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((signed as { headers: Record<string, string> }).headers)) out[k.toLowerCase()] = v;
  return { method: req.method, url: req.url, headers: out, body: req.body };
}
