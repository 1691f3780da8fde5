// Document 004, S3 API: AbortMultipartUpload (DELETE /<bucket>/<key>?uploadId=ID).
import { createCommand, defineOperation } from '@skiff/core';
import { NoSuchUpload } from '../errors.js';
import { bucketName, objectKey, uploadId } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface AbortMultipartUploadInput {
  Bucket: string;
  Key: string;
  UploadId: string;
}
/** No members: an empty interface (not Record<string, never>, whose index signature made `$metadata` `never` on what send returns). */
export interface AbortMultipartUploadOutput {}

export const AbortMultipartUpload = /* @__PURE__ */ defineOperation<AbortMultipartUploadInput, AbortMultipartUploadOutput>({
  name: 'AbortMultipartUpload',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT), Key: objectKey(), UploadId: uploadId() }),
  http: { method: 'DELETE', path: '/{Bucket}/{Key+}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' }, Key: { in: 'path', name: 'Key', greedy: true }, UploadId: { in: 'query', name: 'uploadId' } },
  errors: [NoSuchUpload],
});
export const AbortMultipartUploadCommand = /* @__PURE__ */ createCommand(AbortMultipartUpload);
export type AbortMultipartUploadCommand = InstanceType<typeof AbortMultipartUploadCommand>;
