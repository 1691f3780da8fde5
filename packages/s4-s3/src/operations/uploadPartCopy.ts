// UploadPartCopy (PUT /<bucket>/<key>?partNumber=N&uploadId=ID with x-amz-copy-source): not in
// document 004's S4 subset; provided for S3-compatible servers. The part rules of UploadPart apply.
import * as z from 'zod/mini';
import { createCommand, defineOperation, headerValue, struct } from '@skiff/core';
import { copySourceSchema } from '../copySource.js';
import { InvalidPart, NoSuchKey, NoSuchUpload } from '../errors.js';
import { bucketName, objectKey, partNumber, uploadId } from '../shapes.js';
import { ACCOUNT, COPY_SOURCE, SSE_C, refused } from '../unsupported.js';

export interface UploadPartCopyInput {
  Bucket: string;
  Key: string;
  PartNumber: number;
  UploadId: string;
  /** `<source-bucket>/<source-key>`, URL-encoded; see copySource(). */
  CopySource: string;
  /** `bytes=first-last` of the source object. */
  CopySourceRange?: string;
}
export interface CopyPartResult {
  ETag?: string;
  LastModified?: Date;
}
export interface UploadPartCopyOutput {
  CopyPartResult?: CopyPartResult;
}

export const UploadPartCopy = /* @__PURE__ */ defineOperation<UploadPartCopyInput, UploadPartCopyOutput>({
  name: 'UploadPartCopy',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, SSE_C, COPY_SOURCE),
    Key: objectKey(),
    PartNumber: partNumber(),
    UploadId: uploadId(),
    CopySource: copySourceSchema(),
    CopySourceRange: z.optional(headerValue({ pattern: /bytes=\d+-\d+/ })),
  }),
  output: { CopyPartResult: /* @__PURE__ */ struct({ ETag: 'string', LastModified: 'timestamp' }) },
  http: { method: 'PUT', path: '/{Bucket}/{Key+}' },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    PartNumber: { in: 'query', name: 'partNumber' },
    UploadId: { in: 'query', name: 'uploadId' },
    CopySource: { in: 'header', name: 'x-amz-copy-source' },
    CopySourceRange: { in: 'header', name: 'x-amz-copy-source-range' },
  },
  outputBindings: { CopyPartResult: { in: 'payload', kind: 'document' } },
  // A 200 is sent before the copy is done: only a CopyPartResult body is a success.
  xml: { outputRoot: 'CopyPartResult' },
  errors: [NoSuchUpload, NoSuchKey, InvalidPart],
});
export const UploadPartCopyCommand = /* @__PURE__ */ createCommand(UploadPartCopy);
export type UploadPartCopyCommand = InstanceType<typeof UploadPartCopyCommand>;
