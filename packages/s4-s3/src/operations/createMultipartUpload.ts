// Document 004, S3 API: CreateMultipartUpload (POST /<bucket>/<key>?uploads). S4 supports no
// request header here; Content-Type and the other standard headers, metadata and the STANDARD
// storage class are sent for S3-compatible servers (and AWS SDK v3 code) and ignored by S4.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { AccountProblem, InternalError, ServiceUnavailable } from '../errors.js';
import { bucketName, headerString, metadata, objectKey, storageClass } from '../shapes.js';

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
    Key: objectKey(),
    ContentType: z.optional(headerString()),
    CacheControl: z.optional(headerString()),
    ContentDisposition: z.optional(headerString()),
    ContentEncoding: z.optional(headerString()),
    ContentLanguage: z.optional(headerString()),
    Expires: z.optional(z.date()),
    Metadata: z.optional(metadata()),
    StorageClass: z.optional(storageClass()),
  }),
  output: { Bucket: 'string', Key: 'string', UploadId: 'string' },
  http: { method: 'POST', path: '/{Bucket}/{Key+}', query: { uploads: '' } },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    ContentType: { in: 'header', name: 'Content-Type' },
    CacheControl: { in: 'header', name: 'Cache-Control' },
    ContentDisposition: { in: 'header', name: 'Content-Disposition' },
    ContentEncoding: { in: 'header', name: 'Content-Encoding' },
    ContentLanguage: { in: 'header', name: 'Content-Language' },
    Expires: { in: 'header', name: 'Expires' },
    Metadata: { in: 'headers', prefix: 'x-amz-meta-' },
    StorageClass: { in: 'header', name: 'x-amz-storage-class' },
  },
  errors: [ServiceUnavailable, AccountProblem, InternalError],
});
export const CreateMultipartUploadCommand = /* @__PURE__ */ createCommand(CreateMultipartUpload);
export type CreateMultipartUploadCommand = InstanceType<typeof CreateMultipartUploadCommand>;
