// Document 004, S3 API: CopyObject (PUT /<bucket>/<key> with x-amz-copy-source). Supported:
// x-amz-copy-source and x-amz-storage-class (STANDARD only); the metadata directive and the
// conditional copy headers are not.
import * as z from 'zod/mini';
import { createCommand, defineOperation, struct } from '@skiff/core';
import { AccessDenied, InternalError, InvalidArgument, InvalidStorageClass, NoSuchBucket, NoSuchKey } from '../errors.js';
import { copySourceSchema } from '../copySource.js';
import { bucketName, objectKey, storageClass } from '../shapes.js';
import { ACCOUNT, ACL, COPY_SOURCE, SSE_C, STORED, refused } from '../unsupported.js';

export interface CopyObjectInput {
  Bucket: string;
  Key: string;
  /** `<source-bucket>/<source-key>`, URL-encoded (as in the AWS SDK v3); see copySource(). */
  CopySource: string;
  StorageClass?: 'STANDARD';
}
export interface CopyObjectResult {
  ETag?: string;
  LastModified?: Date;
}
export interface CopyObjectOutput {
  CopyObjectResult?: CopyObjectResult;
}

export const CopyObject = /* @__PURE__ */ defineOperation<CopyObjectInput, CopyObjectOutput>({
  name: 'CopyObject',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT, ACL, STORED, SSE_C, COPY_SOURCE, ['MetadataDirective', 'TaggingDirective']), Key: objectKey(), CopySource: copySourceSchema(), StorageClass: z.optional(storageClass()) }),
  output: { CopyObjectResult: /* @__PURE__ */ struct({ ETag: 'string', LastModified: 'timestamp' }) },
  http: { method: 'PUT', path: '/{Bucket}/{Key+}' },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    CopySource: { in: 'header', name: 'x-amz-copy-source' },
    StorageClass: { in: 'header', name: 'x-amz-storage-class' },
  },
  outputBindings: { CopyObjectResult: { in: 'payload', kind: 'document' } },
  // A 200 is sent before the copy is done: only a CopyObjectResult body is a success.
  xml: { outputRoot: 'CopyObjectResult' },
  errors: [InvalidArgument, NoSuchBucket, NoSuchKey, InvalidStorageClass, AccessDenied, InternalError],
});
export const CopyObjectCommand = /* @__PURE__ */ createCommand(CopyObject);
export type CopyObjectCommand = InstanceType<typeof CopyObjectCommand>;
