// ListParts (GET /<bucket>/<key>?uploadId=ID): not in document 004's S4 subset; provided for
// S3-compatible servers and to inspect an upload. max-parts 1..1000 and part-number-marker
// follow the S3 API.
import * as z from 'zod/mini';
import { createCommand, defineOperation, int, list, struct } from '@skiff/core';
import { NoSuchUpload } from '../errors.js';
import { bucketName, objectKey, ownerShape, uploadId, type Owner } from '../shapes.js';
import { ACCOUNT, SSE_C, refused } from '../unsupported.js';

export interface ListPartsInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  MaxParts?: number;
  /** List the parts after this part number. */
  PartNumberMarker?: number;
}
export interface Part {
  PartNumber?: number;
  LastModified?: Date;
  ETag?: string;
  Size?: number;
}
export interface ListPartsOutput {
  Bucket?: string;
  Key?: string;
  UploadId?: string;
  PartNumberMarker?: number;
  NextPartNumberMarker?: number;
  MaxParts?: number;
  IsTruncated?: boolean;
  Parts?: Part[];
  Owner?: Owner;
  Initiator?: Owner;
  StorageClass?: string;
}

export const ListParts = /* @__PURE__ */ defineOperation<ListPartsInput, ListPartsOutput>({
  name: 'ListParts',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT, SSE_C), Key: objectKey(), UploadId: uploadId(), MaxParts: z.optional(int({ min: 1, max: 1000 })), PartNumberMarker: z.optional(int({ min: 0, max: 10_000 })) }),
  output: {
    PartNumberMarker: 'integer',
    NextPartNumberMarker: 'integer',
    MaxParts: 'integer',
    IsTruncated: 'boolean',
    Parts: /* @__PURE__ */ list(/* @__PURE__ */ struct({ PartNumber: 'integer', LastModified: 'timestamp', ETag: 'string', Size: 'integer' }), { flattened: true, xmlName: 'Part' }),
    Owner: ownerShape,
    Initiator: ownerShape,
  },
  http: { method: 'GET', path: '/{Bucket}/{Key+}' },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Key: { in: 'path', name: 'Key', greedy: true },
    UploadId: { in: 'query', name: 'uploadId' },
    MaxParts: { in: 'query', name: 'max-parts' },
    PartNumberMarker: { in: 'query', name: 'part-number-marker' },
  },
  errors: [NoSuchUpload],
});
export const ListPartsCommand = /* @__PURE__ */ createCommand(ListParts);
export type ListPartsCommand = InstanceType<typeof ListPartsCommand>;
