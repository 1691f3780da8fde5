// Document 004, S3 API: PutObject (PUT /<bucket>/<key>). Supported: Content-MD5 (computed for
// byte bodies when not given) and the body, "May be Chunked Payload". Content-Type and the
// other standard headers are sent though S4 marks them unsupported (it ignores them;
// S3-compatible servers keep them, and AWS SDK v3 code passes them); x-amz-storage-class may
// only say STANDARD. No x-amz-checksum-* header: S4 supports none.
import * as z from 'zod/mini';
import { createCommand, defineOperation, int, signStreaming } from '@skiff/core';
import { BadDigest, InternalError, InvalidArgument, InvalidRequest, InvalidStorageClass, MethodNotAllowed } from '../errors.js';
import { bucketName, contentMd5, objectHeaderMembers, objectKey, streamingBody, withObjectHeaders, type StreamingBlobInput } from '../shapes.js';
import { folderKeyCheck, uploadLengthChecks, uploadPayloadSigning } from '../uploadBody.js';
import { ACCOUNT, ACL, CHECKSUMS, SSE_C, STORED, WRITE_IF, refused } from '../unsupported.js';

export interface PutObjectInput {
  Bucket: string;
  Key: string;
  /** Bytes, a string (UTF-8), a Blob, or a stream with ContentLength (for a stream of unknown length use Upload). */
  Body?: StreamingBlobInput;
  /** Required for a stream body; checked against bytes and Blobs. */
  ContentLength?: number;
  /** base64 MD5 of the body; computed for byte bodies when absent. */
  ContentMD5?: string;
  /** S4: not supported (ignored); also CacheControl, ContentDisposition, ContentEncoding, ContentLanguage, Expires. */
  ContentType?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  Expires?: Date;
  /** Sent as `x-amz-meta-<name>` headers. */
  Metadata?: Record<string, string>;
  StorageClass?: 'STANDARD';
}
export interface PutObjectOutput {
  /** As sent, quotes included. */
  ETag?: string;
}

export const PutObject = /* @__PURE__ */ defineOperation<PutObjectInput, PutObjectOutput>({
  name: 'PutObject',
  input: () =>
    z
      .object({
        Bucket: bucketName(),
        ...refused(ACCOUNT, ACL, STORED, SSE_C, CHECKSUMS, WRITE_IF),
        Key: objectKey(),
        Body: z.optional(streamingBody()),
        ContentLength: z.optional(int({ min: 0 })),
        ContentMD5: z.optional(contentMd5()),
        ...objectHeaderMembers(),
      })
      .check(uploadLengthChecks(), folderKeyCheck()),
  http: { method: 'PUT', path: '/{Bucket}/{Key+}' },
  bindings: /* @__PURE__ */ withObjectHeaders({
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    Body: { in: 'payload', kind: 'blob' },
    ContentLength: { in: 'header', name: 'Content-Length' },
    ContentMD5: { in: 'header', name: 'Content-MD5' },
  }),
  outputBindings: { ETag: { in: 'header', name: 'ETag' } },
  errors: [InvalidArgument, BadDigest, MethodNotAllowed, InvalidRequest, InvalidStorageClass, InternalError],
  payloadSigning: /* @__PURE__ */ uploadPayloadSigning('PutObject'),
  // Chunk-signed uploads bring their signer, so only bundles that upload hold it.
  streamingSigner: signStreaming,
  contentMd5: true,
  streamingInput: true,
});
export const PutObjectCommand = /* @__PURE__ */ createCommand(PutObject);
export type PutObjectCommand = InstanceType<typeof PutObjectCommand>;
