// Document 004, S3 API: CreateMultipartUpload (POST /<bucket>/<key>?uploads). S4 supports no
// request header here; Content-Type and the other standard headers, metadata and the STANDARD
// storage class are sent for S3-compatible servers (and AWS SDK v3 code) and ignored by S4.
import { createCommand, defineOperation } from '@skiff/core';
import { AccountProblem, InternalError, ServiceUnavailable } from '../errors.js';
import { bucketName, objectHeaderMembers, objectKey, withObjectHeaders } from '../shapes.js';
import { ACCOUNT, ACL, SSE_C, STORED, refused } from '../unsupported.js';

export interface CreateMultipartUploadInput {
  Bucket: string;
  Key: string;
  ContentType?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  Expires?: Date;
  Metadata?: Record<string, string>;
  StorageClass?: 'STANDARD';
}
export interface CreateMultipartUploadOutput {
  Bucket?: string;
  Key?: string;
  UploadId?: string;
}

export const CreateMultipartUpload = /* @__PURE__ */ defineOperation<CreateMultipartUploadInput, CreateMultipartUploadOutput>({
  name: 'CreateMultipartUpload',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, ACL, STORED, SSE_C),
    Key: objectKey(),
    ...objectHeaderMembers(),
  }),
  output: { Bucket: 'string', Key: 'string', UploadId: 'string' },
  http: { method: 'POST', path: '/{Bucket}/{Key+}', query: { uploads: '' } },
  bindings: /* @__PURE__ */ withObjectHeaders({
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
  }),
  errors: [ServiceUnavailable, AccountProblem, InternalError],
});
export const CreateMultipartUploadCommand = /* @__PURE__ */ createCommand(CreateMultipartUpload);
export type CreateMultipartUploadCommand = InstanceType<typeof CreateMultipartUploadCommand>;
