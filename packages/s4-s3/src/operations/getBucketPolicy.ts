// Document 004, S3 API: GetBucketPolicy (GET /<bucket>?policy): the policy JSON as the body.
import { createCommand, defineOperation } from '@skiff/core';
import { MalformedPolicy, NoSuchBucketPolicy } from '../errors.js';
import { bucketName } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface GetBucketPolicyInput {
  Bucket: string;
}
export interface GetBucketPolicyOutput {
  /** The policy document, JSON text. */
  Policy?: string;
}

export const GetBucketPolicy = /* @__PURE__ */ defineOperation<GetBucketPolicyInput, GetBucketPolicyOutput>({
  name: 'GetBucketPolicy',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT) }),
  http: { method: 'GET', path: '/{Bucket}', query: { policy: '' } },
  bindings: { Bucket: { in: 'path', name: 'Bucket' } },
  outputBindings: { Policy: { in: 'payload', kind: 'string' } },
  errors: [NoSuchBucketPolicy, MalformedPolicy],
});
export const GetBucketPolicyCommand = /* @__PURE__ */ createCommand(GetBucketPolicy);
export type GetBucketPolicyCommand = InstanceType<typeof GetBucketPolicyCommand>;
