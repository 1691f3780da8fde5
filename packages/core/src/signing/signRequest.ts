import type { HttpRequest } from '../transport/Transport.js';
import { signHeaders } from './signHeaders.js';
import type { SigningContext } from './SigningContext.js';
import { signStreaming } from './streamingRequest.js';

/**
 * Signs a request with an Authorization header (SigV4). The request's headers must already
 * hold everything that is sent; `host` is added from the URL when absent. A stream body is
 * never read here: it is signed as UNSIGNED-PAYLOAD, or aws-chunked with
 * `payload: 'streaming-signed'`.
 */
export async function signRequest(req: HttpRequest, ctx: SigningContext): Promise<HttpRequest> {
  // A static import: a dynamic one makes bundlers wrap the modules it reaches for lazy
  // initialisation, which keeps them whole (no tree-shaking), chunk encoder included, in
  // every bundle. The client itself calls signHeaders, and signs uploads with the operation's
  // streamingSigner.
  if (ctx.payload === 'streaming-signed') return signStreaming(req, ctx);
  return (await signHeaders(req, ctx)).request;
}
