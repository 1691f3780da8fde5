// Document 004, S3 API: ListObjects (GET /<bucket>): delimiter, marker, max-keys, prefix.
// encoding-type is not supported by S4, so it is not a member, and EncodingType is refused
// (keys asked URL-encoded would come back as they are, and be decoded wrongly).
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, InvalidArgument } from '../errors.js';
import { bucketName, commonPrefixesShape, contentsShape, maxKeys, type CommonPrefix, type S3Object } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface ListObjectsInput {
  Bucket: string;
  Delimiter?: string;
  Marker?: string;
  MaxKeys?: number;
  Prefix?: string;
}
export interface ListObjectsOutput {
  IsTruncated?: boolean;
  Marker?: string;
  /** Sent only with a delimiter; otherwise the next marker is the last key (paginateListObjects). */
  NextMarker?: string;
  Contents?: S3Object[];
  Name?: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  CommonPrefixes?: CommonPrefix[];
}

export const ListObjects = /* @__PURE__ */ defineOperation<ListObjectsInput, ListObjectsOutput>({
  name: 'ListObjects',
  input: () => ({ Bucket: bucketName(), ...refused(ACCOUNT, ['EncodingType', 'OptionalObjectAttributes']), Delimiter: z.optional(z.string()), Marker: z.optional(z.string()), MaxKeys: z.optional(maxKeys()), Prefix: z.optional(z.string()) }),
  output: { IsTruncated: 'boolean', Contents: contentsShape, MaxKeys: 'integer', CommonPrefixes: commonPrefixesShape },
  http: { method: 'GET', path: '/{Bucket}' },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    Delimiter: { in: 'query', name: 'delimiter' },
    Marker: { in: 'query', name: 'marker' },
    MaxKeys: { in: 'query', name: 'max-keys' },
    Prefix: { in: 'query', name: 'prefix' },
  },
  errors: [InvalidArgument, InternalError],
});
export const ListObjectsCommand = /* @__PURE__ */ createCommand(ListObjects);
export type ListObjectsCommand = InstanceType<typeof ListObjectsCommand>;
