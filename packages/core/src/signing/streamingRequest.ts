import type { HttpRequest } from '../transport/Transport.js';
import { encodeAwsChunked } from './awsChunkedEncoder.js';
import { AWS_CHUNKED_CONTENT_SHA256, type AwsChunkedMode, awsChunkedEncodedLength, DEFAULT_CHUNK_SIZE, trailerHeaderName } from './awsChunkedLength.js';
import { type AwsChunkedSource, sourceLength } from './awsChunkedSource.js';
import { signHeaders } from './signHeaders.js';
import { signingKey } from './sigv4.js';
import type { SigningContext } from './SigningContext.js';

/** A request whose body is the raw data to upload (a Blob is accepted too). */
export type StreamingHttpRequest = Omit<HttpRequest, 'body'> & { body?: AwsChunkedSource };

/**
 * Signs an upload as aws-chunked. `mode` defaults to `signed-trailer` when `ctx.trailer` is
 * set, else `signed`; pass `unsigned-trailer` for STREAMING-UNSIGNED-PAYLOAD-TRAILER. Sets
 * Content-Encoding, X-Amz-Decoded-Content-Length, X-Amz-Content-SHA256, X-Amz-Trailer and the
 * exact Content-Length (or keeps `transfer-encoding: chunked` when the caller set it), signs
 * the headers (their signature seeds the chunk chain) and returns the request with the
 * encoder as its body: it reads and signs the data as the transport pulls it.
 */
export async function signStreaming(req: StreamingHttpRequest, ctx: SigningContext, mode?: AwsChunkedMode): Promise<HttpRequest> {
  return (await signStreamingTrace(req, ctx, mode)).request;
}

/** signStreaming, with what the header request's signature covered. */
export async function signStreamingTrace(req: StreamingHttpRequest, ctx: SigningContext, mode: AwsChunkedMode = ctx.trailer ? 'signed-trailer' : 'signed'): ReturnType<typeof signHeaders> {
  const source = req.body ?? new Uint8Array(0);
  const decodedLength = ctx.decodedContentLength ?? sourceLength(req.body);
  if (decodedLength === undefined) throw new TypeError('aws-chunked: decodedContentLength is required when the body is a stream');
  const known = sourceLength(req.body);
  if (known !== undefined && known !== decodedLength) {
    throw new RangeError(`aws-chunked: decodedContentLength is ${decodedLength} but the body holds ${known} bytes`);
  }
  const layout = { chunkSize: ctx.chunkSize ?? DEFAULT_CHUNK_SIZE, mode, trailer: mode === 'signed' ? undefined : (ctx.trailer ?? 'crc32') };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  const encoding = headers['content-encoding'];
  // botocore keeps a caller's encoding and appends aws-chunked.
  if (!encoding) headers['content-encoding'] = 'aws-chunked';
  else if (!/(^|,)\s*aws-chunked\s*(,|$)/i.test(encoding)) headers['content-encoding'] = `${encoding},aws-chunked`;
  headers['x-amz-decoded-content-length'] = String(decodedLength);
  headers['x-amz-content-sha256'] = AWS_CHUNKED_CONTENT_SHA256[mode];
  if (layout.trailer) headers['x-amz-trailer'] = trailerHeaderName(layout.trailer);
  // Content-Length and Transfer-Encoding: chunked exclude each other (botocore sends the latter).
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') delete headers['content-length'];
  else headers['content-length'] = String(awsChunkedEncodedLength(decodedLength, layout));

  // The header request is signed with the streaming marker as its payload hash.
  const { request: signed, ...trace } = await signHeaders({ method: req.method, url: req.url, headers }, { ...ctx, payload: 'sha256' });
  let signing;
  if (mode !== 'unsigned-trailer') {
    const amzDate = signed.headers['x-amz-date']!;
    const seedSignature = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization ?? '')?.[1];
    if (!seedSignature) throw new Error('aws-chunked: the header request has no signature to seed the chunks');
    const shortDate = amzDate.slice(0, 8);
    signing = {
      signingKey: await signingKey(ctx.credentials, shortDate, ctx.region, ctx.service),
      amzDate,
      scope: `${shortDate}/${ctx.region}/${ctx.service}/aws4_request`,
      seedSignature,
    };
  }
  return { request: { ...signed, body: encodeAwsChunked(source, { ...layout, signing, decodedLength }) }, ...trace };
}
