import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '#platform';
import type { SigningContext } from './SigningContext.js';

// Headers botocore and the AWS SDKs never sign: they may change on the way (proxies, the
// HTTP layer) without invalidating the request.
export const UNSIGNABLE: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'content-length',
  'user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'expect',
  'transfer-encoding',
  'x-amzn-trace-id',
]);
// smithy leaves these unsigned by default; the services' own SDKs sign them.
const SIGNABLE = ['cache-control'];

/** The header rules smithy takes per call. */
export function headerRules(ctx: Pick<SigningContext, 'signableHeaders'>, extraUnsignable: readonly string[] = []) {
  const unsignableHeaders = new Set([...UNSIGNABLE, ...extraUnsignable]);
  const signableHeaders = new Set([...SIGNABLE, ...(ctx.signableHeaders ?? []).map((h) => h.toLowerCase())]);
  return { unsignableHeaders, signableHeaders };
}

/** Whether the path is normalised and encoded again (every service but S3). */
export const normalizesPath = (ctx: Pick<SigningContext, 's3' | 'normalizePath'>) => ctx.normalizePath ?? !ctx.s3;

type Sha256Ctor = ConstructorParameters<typeof SignatureV4>[0]['sha256'];

/** A new smithy signer for these rules; `sha256` is replaceable so a test can watch it. */
export function createSigner(ctx: Pick<SigningContext, 'service' | 'region' | 's3' | 'credentials' | 'normalizePath' | 'contentSha256Header'>, sha256: Sha256Ctor = Sha256): SignatureV4 {
  const creds = ctx.credentials;
  return new SignatureV4({
    service: ctx.service,
    region: ctx.region,
    sha256,
    uriEscapePath: normalizesPath(ctx),
    applyChecksum: ctx.contentSha256Header ?? !!ctx.s3,
    credentials: () => Promise.resolve(creds),
  });
}

// smithy's signer reads credentials from its own provider, so signers are kept per
// credentials object (stable between refreshes) and per (service, region, rules).
const signers = /* @__PURE__ */ new WeakMap<object, Map<string, SignatureV4>>();

export function getSigner(ctx: Pick<SigningContext, 'service' | 'region' | 's3' | 'credentials' | 'normalizePath' | 'contentSha256Header'>): SignatureV4 {
  let byKey = signers.get(ctx.credentials);
  if (!byKey) signers.set(ctx.credentials, (byKey = new Map()));
  const key = `${ctx.service}|${ctx.region}|${normalizesPath(ctx) ? 1 : 0}|${(ctx.contentSha256Header ?? !!ctx.s3) ? 1 : 0}`;
  let s = byKey.get(key);
  if (!s) byKey.set(key, (s = createSigner(ctx)));
  return s;
}
