// Document 004, S3 API: UploadPart (PUT /<bucket>/<key>?partNumber=N&uploadId=ID). Supported:
// Content-Length, Content-MD5 (computed for byte bodies when absent). S4's part rules: numbers
// 1..10000; every part but the last at least 5 MiB (EntityTooSmall), and of one size (InvalidPart).
import * as z from 'zod/mini';
import { createCommand, defineOperation, int, signStreaming } from '@skiff/core';
import { BadDigest, EntityTooSmall, InternalError, InvalidDigest, InvalidPart, NoSuchUpload, ServiceUnavailable } from '../errors.js';
import { bucketName, contentMd5, objectKey, partNumber, streamingBody, uploadId, type StreamingBlobInput } from '../shapes.js';
import { uploadLengthChecks, uploadPayloadSigning } from '../uploadBody.js';
import { ACCOUNT, CHECKSUMS, SSE_C, refused } from '../unsupported.js';

export interface UploadPartInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  /** 1..10000. */
  PartNumber: number;
  Body?: StreamingBlobInput;
  /** Required for a stream body. */
  ContentLength?: number;
  ContentMD5?: string;
}
export interface UploadPartOutput {
  ETag?: string;
}

export const UploadPart = /* @__PURE__ */ defineOperation<UploadPartInput, UploadPartOutput>({
  name: 'UploadPart',
  input: () =>
    z
      .object({
        Bucket: bucketName(),
        ...refused(ACCOUNT, SSE_C, CHECKSUMS),
        Key: objectKey(),
        // Query order as botocore writes it: partNumber, then uploadId.
        PartNumber: partNumber(),
        UploadId: uploadId(),
        Body: z.optional(streamingBody()),
        ContentLength: z.optional(int({ min: 0 })),
        ContentMD5: z.optional(contentMd5()),
      })
      .check(uploadLengthChecks()),
  http: { method: 'PUT', path: '/{Bucket}/{Key+}' },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    PartNumber: { in: 'query', name: 'partNumber' },
    UploadId: { in: 'query', name: 'uploadId' },
    Body: { in: 'payload', kind: 'blob' },
    ContentLength: { in: 'header', name: 'Content-Length' },
    ContentMD5: { in: 'header', name: 'Content-MD5' },
  },
  outputBindings: { ETag: { in: 'header', name: 'ETag' } },
  errors: [BadDigest, InvalidDigest, ServiceUnavailable, InvalidPart, EntityTooSmall, NoSuchUpload, InternalError],
  payloadSigning: /* @__PURE__ */ uploadPayloadSigning('UploadPart'),
  // Chunk-signed uploads bring their signer, so only bundles that upload hold it.
  streamingSigner: signStreaming,
  contentMd5: true,
  streamingInput: true,
});
export const UploadPartCommand = /* @__PURE__ */ createCommand(UploadPart);
export type UploadPartCommand = InstanceType<typeof UploadPartCommand>;
