// Document 004, S3 API: HeadBucket (HEAD /<bucket>). Errors carry no body: 404 is NotFound,
// 403 Forbidden.
import { createCommand, defineOperation, type ServiceErrorClass } from '@skiff/core';
import { HEAD_ERRORS, InvalidBucketName } from '../errors.js';
import { bucketName } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface HeadBucketInput {
  Bucket: string;
}
export interface HeadBucketOutput {
  /** Sent by S3-compatible servers; S4 documents no response header. */
  BucketRegion?: string;
}

export const HeadBucket = /* @__PURE__ */ defineOperation<HeadBucketInput, HeadBucketOutput>({
  name: 'HeadBucket',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT) }),
  http: { method: 'HEAD', path: '/{Bucket}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' } },
  outputBindings: { BucketRegion: { in: 'header', name: 'x-amz-bucket-region' } },
  // concat, not an array spread, which a bundler must keep: an unused operation is then dropped.
  errors: /* @__PURE__ */ (HEAD_ERRORS as readonly ServiceErrorClass[]).concat(InvalidBucketName),
});
export const HeadBucketCommand = /* @__PURE__ */ createCommand(HeadBucket);
export type HeadBucketCommand = InstanceType<typeof HeadBucketCommand>;
