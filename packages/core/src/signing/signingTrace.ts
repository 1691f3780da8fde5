// The signing functions with what they hashed and signed: the canonical request and the
// string to sign. For tests and debugging; the client calls the untraced forms.
import type { HttpRequest } from '../transport/Transport.js';
import type { AwsChunkedMode } from './awsChunkedLength.js';
import { type PresignContext, presignTrace } from './presignRequest.js';
import { signHeaders } from './signHeaders.js';
import type { SigningContext } from './SigningContext.js';
import type { HashFns } from './sigv4.js';
import { signStreamingTrace, type StreamingHttpRequest } from './streamingRequest.js';

/** What the signer hashed: the canonical request and the string to sign. */
export interface SigningTrace {
  canonicalRequest: string;
  stringToSign: string;
}

/** signRequest, also returning what was hashed and signed (optionally with other hash functions). */
export async function signRequestTraced(req: HttpRequest, ctx: SigningContext, hash?: HashFns): Promise<{ request: HttpRequest } & SigningTrace> {
  return signHeaders(req, ctx, hash);
}

/** presignRequest, also returning what was hashed and signed. */
export async function presignRequestTraced(req: HttpRequest, ctx: PresignContext, hash?: HashFns): Promise<{ url: string } & SigningTrace> {
  return presignTrace(req, ctx, hash);
}

/** signStreaming, also returning what the header request's signature covered. */
export async function signStreamingTraced(req: StreamingHttpRequest, ctx: SigningContext, mode?: AwsChunkedMode): Promise<{ request: HttpRequest } & SigningTrace> {
  return signStreamingTrace(req, ctx, mode);
}
