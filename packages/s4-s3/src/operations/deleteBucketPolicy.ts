// Document 004, S3 API: DeleteBucketPolicy (DELETE /<bucket>?policy).
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, NoSuchBucketPolicy } from '../errors.js';
import { bucketName } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface DeleteBucketPolicyInput {
  Bucket: string;
}
/** No members: an empty interface (not Record<string, never>, whose index signature made `$metadata` `never` on what send returns). */
export interface DeleteBucketPolicyOutput {}

export const DeleteBucketPolicy = /* @__PURE__ */ defineOperation<DeleteBucketPolicyInput, DeleteBucketPolicyOutput>({
  name: 'DeleteBucketPolicy',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT) }),
  http: { method: 'DELETE', path: '/{Bucket}', query: { policy: '' } },
  bindings: { Bucket: { in: 'path', name: 'Bucket' } },
  errors: [NoSuchBucketPolicy, InternalError],
});
export const DeleteBucketPolicyCommand = /* @__PURE__ */ createCommand(DeleteBucketPolicy);
export type DeleteBucketPolicyCommand = InstanceType<typeof DeleteBucketPolicyCommand>;
