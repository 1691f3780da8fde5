// Document 004, S3 API: HeadBucket (HEAD /<bucket>). Errors carry no body: 404 is NotFound,
// 403 Forbidden.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { HEAD_ERRORS, InvalidBucketName } from '../errors.js';
import { bucketName } from '../shapes.js';

export interface HeadBucketInput {
  Bucket: string;
}
export interface HeadBucketOutput {
  /** Sent by S3-compatible servers; S4 documents no response header. */
  BucketRegion?: string;
}

export const HeadBucket = /* @__PURE__ */ defineOperation<HeadBucketInput, HeadBucketOutput>({
  name: 'HeadBucket',
  input: () => z.object({ Bucket: bucketName() }),
  http: { method: 'HEAD', path: '/{Bucket}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' } },
  outputBindings: { BucketRegion: { in: 'header', name: 'x-amz-bucket-region' } },
  errors: [...HEAD_ERRORS, InvalidBucketName],
});
export const HeadBucketCommand = /* @__PURE__ */ createCommand(HeadBucket);
export type HeadBucketCommand = InstanceType<typeof HeadBucketCommand>;
