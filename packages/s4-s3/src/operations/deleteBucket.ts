// Document 004, S3 API: DeleteBucket (DELETE /<bucket>). Deletes an empty bucket;
// BucketNotEmpty (409) otherwise (seed-decisions.md, "S4 DeleteBucket").
import { createCommand, defineOperation } from '@skiff/core';
import { BucketNotEmpty, InternalError, InvalidBucketName } from '../errors.js';
import { bucketName } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface DeleteBucketInput {
  Bucket: string;
}
/** No members: an empty interface (not Record<string, never>, whose index signature made `$metadata` `never` on what send returns). */
export interface DeleteBucketOutput {}

export const DeleteBucket = /* @__PURE__ */ defineOperation<DeleteBucketInput, DeleteBucketOutput>({
  name: 'DeleteBucket',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT) }),
  http: { method: 'DELETE', path: '/{Bucket}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' } },
  errors: [InvalidBucketName, BucketNotEmpty, InternalError],
});
export const DeleteBucketCommand = /* @__PURE__ */ createCommand(DeleteBucket);
export type DeleteBucketCommand = InstanceType<typeof DeleteBucketCommand>;
