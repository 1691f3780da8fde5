// Document 004, S3 API: HeadObject (HEAD /<bucket>/<key>). Supported: If-Match,
// If-Modified-Since, If-None-Match, Range. Errors carry no body: 404 is NotFound (as in the
// AWS SDKs), 412 PreconditionFailed, 304 NotModified.
import { createCommand, defineOperation, type ServiceErrorClass } from '@skiff/core';
import { HEAD_ERRORS, NoSuchKey } from '../errors.js';
import { bucketName, objectKey, readConditionMembers, withReadConditions } from '../shapes.js';
import { ACCOUNT, READ, SSE_C, refused } from '../unsupported.js';

export interface HeadObjectInput {
  Bucket: string;
  Key: string;
  Range?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
}
export interface HeadObjectOutput {
  AcceptRanges?: string;
  ContentLength?: number;
  ContentRange?: string;
  ContentType?: string;
  ETag?: string;
  LastModified?: Date;
  Metadata?: Record<string, string>;
  StorageClass?: string;
}

export const HeadObject = /* @__PURE__ */ defineOperation<HeadObjectInput, HeadObjectOutput>({
  name: 'HeadObject',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, SSE_C, READ),
    Key: objectKey(),
    ...readConditionMembers(),
  }),
  http: { method: 'HEAD', path: '/{Bucket}/{Key+}' },
  bindings: /* @__PURE__ */ withReadConditions({
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
  }),
  outputBindings: {
    AcceptRanges: { in: 'header', name: 'accept-ranges' },
    ContentLength: { in: 'header', name: 'Content-Length', type: 'integer' },
    ContentRange: { in: 'header', name: 'Content-Range' },
    ContentType: { in: 'header', name: 'Content-Type' },
    ETag: { in: 'header', name: 'ETag' },
    LastModified: { in: 'header', name: 'Last-Modified', type: 'timestamp' },
    Metadata: { in: 'headers', prefix: 'x-amz-meta-' },
    StorageClass: { in: 'header', name: 'x-amz-storage-class' },
  },
  // concat, not an array spread, which a bundler must keep: an unused operation is then dropped.
  errors: /* @__PURE__ */ (HEAD_ERRORS as readonly ServiceErrorClass[]).concat(NoSuchKey),
});
export const HeadObjectCommand = /* @__PURE__ */ createCommand(HeadObject);
export type HeadObjectCommand = InstanceType<typeof HeadObjectCommand>;
