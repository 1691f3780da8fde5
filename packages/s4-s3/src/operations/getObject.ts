// Document 004, S3 API: GetObject (GET /<bucket>/<key>). Supported: Range, If-Match,
// If-None-Match, If-Modified-Since and the response-cache-control / -content-encoding /
// -content-language / -content-type overrides (-content-disposition and -expires are sent too,
// as AWS SDK v3 code passes them, but S4 ignores them). 200 (whole) and 206 (range) are both success
// (seed-decisions.md, "S4 GetObject success status").
import * as z from 'zod/mini';
import { createCommand, defineOperation, type StreamingBody } from '@skiff/core';
import { InvalidRange, NoSuchKey, NotModified, PreconditionFailed } from '../errors.js';
import { bucketName, objectKey, readConditionMembers, withReadConditions } from '../shapes.js';
import { ACCOUNT, READ, SSE_C, refused } from '../unsupported.js';

export interface GetObjectInput {
  Bucket: string;
  Key: string;
  /** `bytes=0-9`, `bytes=100-`, `bytes=-20`. */
  Range?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  ResponseCacheControl?: string;
  ResponseContentEncoding?: string;
  ResponseContentLanguage?: string;
  ResponseContentType?: string;
  /** S4: not supported (ignored). */
  ResponseContentDisposition?: string;
  /** S4: not supported (ignored). */
  ResponseExpires?: Date;
}
export interface GetObjectOutput {
  /** Readable once: a web ReadableStream with transformToByteArray/-String/-WebStream. */
  Body?: StreamingBody;
  AcceptRanges?: string;
  CacheControl?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentLength?: number;
  /** `bytes 0-9/1234` on a 206. */
  ContentRange?: string;
  ContentType?: string;
  ContentDisposition?: string;
  Expires?: Date;
  ETag?: string;
  LastModified?: Date;
  Metadata?: Record<string, string>;
  StorageClass?: string;
}

export const GetObject = /* @__PURE__ */ defineOperation<GetObjectInput, GetObjectOutput>({
  name: 'GetObject',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, SSE_C, READ),
    Key: objectKey(),
    ...readConditionMembers(),
    ResponseCacheControl: z.optional(z.string()),
    ResponseContentEncoding: z.optional(z.string()),
    ResponseContentLanguage: z.optional(z.string()),
    ResponseContentType: z.optional(z.string()),
    ResponseContentDisposition: z.optional(z.string()),
    // An HTTP date in the query, as the S3 API has it (a Date would otherwise go as ISO-8601).
    ResponseExpires: z.optional(z.pipe(z.date(), z.transform((d: Date) => d.toUTCString()))) as unknown as z.ZodMiniOptional<z.ZodMiniDate>,
  }),
  http: { method: 'GET', path: '/{Bucket}/{Key+}' },
  bindings: /* @__PURE__ */ withReadConditions({
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    ResponseCacheControl: { in: 'query', name: 'response-cache-control' },
    ResponseContentEncoding: { in: 'query', name: 'response-content-encoding' },
    ResponseContentLanguage: { in: 'query', name: 'response-content-language' },
    ResponseContentType: { in: 'query', name: 'response-content-type' },
    ResponseContentDisposition: { in: 'query', name: 'response-content-disposition' },
    ResponseExpires: { in: 'query', name: 'response-expires' },
  }),
  outputBindings: {
    Body: { in: 'payload', kind: 'stream' },
    AcceptRanges: { in: 'header', name: 'accept-ranges' },
    CacheControl: { in: 'header', name: 'Cache-Control' },
    ContentEncoding: { in: 'header', name: 'Content-Encoding' },
    ContentLanguage: { in: 'header', name: 'Content-Language' },
    ContentLength: { in: 'header', name: 'Content-Length', type: 'integer' },
    ContentRange: { in: 'header', name: 'Content-Range' },
    ContentType: { in: 'header', name: 'Content-Type' },
    ContentDisposition: { in: 'header', name: 'Content-Disposition' },
    Expires: { in: 'header', name: 'Expires', type: 'timestamp' },
    ETag: { in: 'header', name: 'ETag' },
    LastModified: { in: 'header', name: 'Last-Modified', type: 'timestamp' },
    Metadata: { in: 'headers', prefix: 'x-amz-meta-' },
    StorageClass: { in: 'header', name: 'x-amz-storage-class' },
  },
  errors: [NoSuchKey, InvalidRange, PreconditionFailed, NotModified],
});
export const GetObjectCommand = /* @__PURE__ */ createCommand(GetObject);
export type GetObjectCommand = InstanceType<typeof GetObjectCommand>;
