// Document 004, S3 API: CreateBucket (PUT /<bucket>). CreateBucketConfiguration and the
// ACL/ownership headers are not supported by S4, so they are not members, and are refused
// when given (S4 would ignore them: the bucket would not be where, or as, asked).
import { createCommand, defineOperation } from '@skiff/core';
import { BucketAlreadyExists, BucketAlreadyOwnedByYou, InternalError, InvalidBucketName } from '../errors.js';
import { bucketName } from '../shapes.js';
import { ACL, refused } from '../unsupported.js';

export interface CreateBucketInput {
  Bucket: string;
}
export interface CreateBucketOutput {
  /** S4 does not send it; S3-compatible servers may. */
  Location?: string;
}

export const CreateBucket = /* @__PURE__ */ defineOperation<CreateBucketInput, CreateBucketOutput>({
  name: 'CreateBucket',
  input: () => ({ Bucket: bucketName(), ...refused(ACL, ['GrantWrite', 'ObjectLockEnabledForBucket', 'ObjectOwnership', 'CreateBucketConfiguration']) }),
  http: { method: 'PUT', path: '/{Bucket}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' } },
  outputBindings: { Location: { in: 'header', name: 'Location' } },
  errors: [BucketAlreadyOwnedByYou, BucketAlreadyExists, InvalidBucketName, InternalError],
});
export const CreateBucketCommand = /* @__PURE__ */ createCommand(CreateBucket);
export type CreateBucketCommand = InstanceType<typeof CreateBucketCommand>;
