// Document 004, S3 API: CompleteMultipartUpload (POST /<bucket>/<key>?uploadId=ID). The part
// list must be in ascending order (InvalidPartOrder) and, by S4's part rules, numbered 1..N
// with no gap (InvalidPart); both are checked before sending.
import * as z from 'zod/mini';
import { createCommand, defineOperation, list, struct, str } from '@skiff/core';
import { EntityTooSmall, InternalError, InvalidPart, InvalidPartOrder, InvalidRequest, MalformedXML, NoSuchUpload } from '../errors.js';
import { S3_NAMESPACE } from '../service.js';
import { bucketName, MAX_PARTS, objectKey, partNumber, uploadId } from '../shapes.js';
import { ACCOUNT, CHECKSUMS, SSE_C, WRITE_IF, refused } from '../unsupported.js';

export interface CompletedPart {
  /** The ETag UploadPart returned, quotes included. */
  ETag: string;
  PartNumber: number;
}
export interface CompletedMultipartUpload {
  Parts: CompletedPart[];
}
export interface CompleteMultipartUploadInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  MultipartUpload: CompletedMultipartUpload;
}
export interface CompleteMultipartUploadOutput {
  Location?: string;
  Bucket?: string;
  Key?: string;
  ETag?: string;
}

const partOrder = () =>
  z.superRefine((parts: CompletedPart[], ctx) => {
    parts.forEach((p, i) => {
      if (i > 0 && p.PartNumber <= parts[i - 1]!.PartNumber) ctx.issues.push({ code: 'custom', path: [i, 'PartNumber'], message: 'parts must be listed in ascending order of PartNumber (S4: InvalidPartOrder)', input: p.PartNumber });
      else if (p.PartNumber !== i + 1) ctx.issues.push({ code: 'custom', path: [i, 'PartNumber'], message: `must be ${i + 1}: S4 part numbers run from 1 with no gap (InvalidPart)`, input: p.PartNumber });
    });
  });

export const CompleteMultipartUpload = /* @__PURE__ */ defineOperation<CompleteMultipartUploadInput, CompleteMultipartUploadOutput>({
  name: 'CompleteMultipartUpload',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, SSE_C, CHECKSUMS, WRITE_IF),
    Key: objectKey(),
    UploadId: uploadId(),
    MultipartUpload: z.object({
      Parts: z.array(z.object({ ETag: str({ min: 1 }), PartNumber: partNumber() })).check(z.minLength(1), z.maxLength(MAX_PARTS), partOrder()),
    }),
  }),
  output: { Location: 'string', Bucket: 'string', Key: 'string', ETag: 'string' },
  http: { method: 'POST', path: '/{Bucket}/{Key+}' },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    UploadId: { in: 'query', name: 'uploadId' },
    MultipartUpload: { in: 'payload', kind: 'document' },
  },
  // Element order as botocore writes it (ETag, then PartNumber). The answer is a 200 sent
  // before the parts are joined: only a CompleteMultipartUploadResult body is a success
  // (moto names it CompleteMultipartUploadResponse, after the operation, as its serializer
  // names every result that is not a payload).
  xml: {
    inputRoot: 'CompleteMultipartUpload',
    outputRoot: 'CompleteMultipartUploadResult',
    outputRootAliases: ['CompleteMultipartUploadResponse'],
    namespace: S3_NAMESPACE,
    inputShape: { Parts: /* @__PURE__ */ list(/* @__PURE__ */ struct({ ETag: 'string', PartNumber: 'integer' }), { flattened: true, xmlName: 'Part' }) },
  },
  errors: [MalformedXML, InvalidRequest, InvalidPartOrder, NoSuchUpload, InvalidPart, EntityTooSmall, InternalError],
});
export const CompleteMultipartUploadCommand = /* @__PURE__ */ createCommand(CompleteMultipartUpload);
export type CompleteMultipartUploadCommand = InstanceType<typeof CompleteMultipartUploadCommand>;
