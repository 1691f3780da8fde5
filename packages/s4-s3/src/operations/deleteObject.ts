// Document 004, S3 API: DeleteObject (DELETE /<bucket>/<key>): 204 even when the key does not
// exist; NoSuchBucket when the bucket does not.
import { createCommand, defineOperation } from '@skiff/core';
import { NoSuchBucket } from '../errors.js';
import { bucketName, objectKey } from '../shapes.js';
import { ACCOUNT, WRITE_IF, refused } from '../unsupported.js';

export interface DeleteObjectInput {
  Bucket: string;
  Key: string;
}
/** No members: an empty interface (not Record<string, never>, whose index signature made `$metadata` `never` on what send returns). */
export interface DeleteObjectOutput {}

export const DeleteObject = /* @__PURE__ */ defineOperation<DeleteObjectInput, DeleteObjectOutput>({
  name: 'DeleteObject',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT, ['VersionId', 'MFA', 'BypassGovernanceRetention'], WRITE_IF), Key: objectKey() }),
  http: { method: 'DELETE', path: '/{Bucket}/{Key+}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' }, Key: { in: 'path', name: 'Key', greedy: true } },
  errors: [NoSuchBucket],
});
export const DeleteObjectCommand = /* @__PURE__ */ createCommand(DeleteObject);
export type DeleteObjectCommand = InstanceType<typeof DeleteObjectCommand>;
