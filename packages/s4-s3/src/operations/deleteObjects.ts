// DeleteObjects (POST /<bucket>?delete): not in document 004's S4 subset; provided for
// S3-compatible servers. Up to 1000 keys per request; Content-MD5 is required (computed).
import * as z from 'zod/mini';
import { createCommand, defineOperation, list, struct } from '@skiff/core';
import { MalformedXML, NoSuchBucket } from '../errors.js';
import { S3_NAMESPACE } from '../service.js';
import { bucketName, objectKey } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface ObjectIdentifier {
  Key: string;
}
export interface DeleteObjectsInput {
  Bucket: string;
  Delete: { Objects: ObjectIdentifier[]; Quiet?: boolean };
}
export interface DeletedObject {
  Key?: string;
}
export interface DeleteError {
  Key?: string;
  Code?: string;
  Message?: string;
}
export interface DeleteObjectsOutput {
  Deleted?: DeletedObject[];
  /** Keys that could not be deleted: the request as a whole still succeeded. */
  Errors?: DeleteError[];
}

export const DeleteObjects = /* @__PURE__ */ defineOperation<DeleteObjectsInput, DeleteObjectsOutput>({
  name: 'DeleteObjects',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, ['MFA', 'BypassGovernanceRetention', 'ChecksumAlgorithm']),
    Delete: z.object({ Objects: z.array(z.object({ Key: objectKey() })).check(z.minLength(1), z.maxLength(1000)), Quiet: z.optional(z.boolean()) }),
  }),
  output: { Deleted: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Key: 'string' }), { flattened: true }), Errors: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Key: 'string', Code: 'string', Message: 'string' }), { flattened: true, xmlName: 'Error' }) },
  http: { method: 'POST', path: '/{Bucket}', query: { delete: '' } },
  bindings: { Bucket: { in: 'path', name: 'Bucket' }, Delete: { in: 'payload', kind: 'document' } },
  xml: { inputRoot: 'Delete', namespace: S3_NAMESPACE, inputShape: { Objects: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Key: 'string' }), { flattened: true, xmlName: 'Object' }), Quiet: 'boolean' } },
  errors: [NoSuchBucket, MalformedXML],
  contentMd5: true,
});
export const DeleteObjectsCommand = /* @__PURE__ */ createCommand(DeleteObjects);
export type DeleteObjectsCommand = InstanceType<typeof DeleteObjectsCommand>;
