import type { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '../transport/Transport.js';
import { getSigner, headerRules, normalizesPath } from './getSigner.js';
import { signStreaming } from './streamingRequest.js';
import type { SigningContext } from './SigningContext.js';
import { toSmithyRequest } from './toSmithyRequest.js';

export { getSigner } from './getSigner.js';
export { toSmithyRequest } from './toSmithyRequest.js';

/**
 * Signs a request with an Authorization header (SigV4). The request's headers must already
 * hold everything that is sent; `host` is added from the URL when absent. A stream body is
 * never read here: it is signed as UNSIGNED-PAYLOAD, or aws-chunked with
 * `payload: 'streaming-signed'`.
 */
export async function signRequest(req: HttpRequest, ctx: SigningContext): Promise<HttpRequest> {
  // A static import: a dynamic one makes bundlers wrap the modules it reaches for lazy
  // initialisation, which keeps them whole (no tree-shaking), chunk encoder included, in
  // every bundle. The client itself signs uploads with the operation's streamingSigner.
  if (ctx.payload === 'streaming-signed') return signStreaming(req, ctx);
  return signRequestWith(getSigner(ctx), req, ctx);
}

/** signRequest with a given smithy signer (the streaming signer and the tests reuse it). */
export async function signRequestWith(signer: SignatureV4, req: HttpRequest, ctx: SigningContext): Promise<HttpRequest> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  headers.host ??= new URL(req.url).host;
  if (ctx.payload === 'unsigned') headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  const body = req.body instanceof Uint8Array ? req.body : undefined;
  if (req.body && !body && !headers['x-amz-content-sha256']) {
    // A stream cannot be hashed ahead of sending without buffering it.
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  }
  const request = { ...toSmithyRequest({ ...req, headers }, !normalizesPath(ctx)), body };
  const signed = (await signer.sign(request as never, {
    signingDate: ctx.date,
    ...headerRules(ctx),
    signingRegion: ctx.region,
    signingService: ctx.service,
  })) as unknown as { headers: Record<string, string> };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) out[k.toLowerCase()] = v;
  return { method: req.method, url: req.url, headers: out, body: req.body };
}
