// Document 004, S3 API: PutBucketPolicy (PUT /<bucket>?policy). Content-MD5 is sent (computed
// when not given), as botocore does (the operation requires a checksum).
import * as z from 'zod/mini';
import { createCommand, defineOperation, rule, str } from '@skiff/core';
import { BadDigest, InternalError, InvalidDigest, MalformedPolicy } from '../errors.js';
import { bucketName, contentMd5 } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface PutBucketPolicyInput {
  Bucket: string;
  /** The policy document, JSON text. */
  Policy: string;
  ContentMD5?: string;
}
/** No members: an empty interface (not Record<string, never>, whose index signature made `$metadata` `never` on what send returns). */
export interface PutBucketPolicyOutput {}

/** A policy is a JSON object (S4 answers MalformedPolicy otherwise): checked before sending. */
function policyProblem(policy: string): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch (e) {
    return `must be a JSON policy document (MalformedPolicy): ${(e as Error).message}`;
  }
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? undefined : 'must be a JSON object, the policy document (MalformedPolicy)';
}

export const PutBucketPolicy = /* @__PURE__ */ defineOperation<PutBucketPolicyInput, PutBucketPolicyOutput>({
  name: 'PutBucketPolicy',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT, ['ConfirmRemoveSelfBucketAccess', 'ChecksumAlgorithm']), Policy: str({ min: 1 }).check(rule(policyProblem)), ContentMD5: z.optional(contentMd5()) }),
  http: { method: 'PUT', path: '/{Bucket}', query: { policy: '' } },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Policy: { in: 'payload', kind: 'string' },
    ContentMD5: { in: 'header', name: 'Content-MD5' },
  },
  errors: [MalformedPolicy, InvalidDigest, BadDigest, InternalError],
  contentMd5: true,
});
export const PutBucketPolicyCommand = /* @__PURE__ */ createCommand(PutBucketPolicy);
export type PutBucketPolicyCommand = InstanceType<typeof PutBucketPolicyCommand>;
