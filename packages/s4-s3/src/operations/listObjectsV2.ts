// Document 004, S3 API: ListObjectsV2 (GET /<bucket>?list-type=2): continuation-token,
// delimiter, fetch-owner, max-keys, prefix, start-after. encoding-type is not supported by S4
// (botocore adds encoding-type=url by itself; we do not, and refuse EncodingType).
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, InvalidArgument } from '../errors.js';
import { bucketName, commonPrefixesShape, contentsShape, maxKeys, type CommonPrefix, type S3Object } from '../shapes.js';
import { ACCOUNT, refused } from '../unsupported.js';

export interface ListObjectsV2Input {
  Bucket: string;
  ContinuationToken?: string;
  Delimiter?: string;
  /** Owner is returned for each object only with FetchOwner: true. */
  FetchOwner?: boolean;
  MaxKeys?: number;
  Prefix?: string;
  StartAfter?: string;
}
export interface ListObjectsV2Output {
  IsTruncated?: boolean;
  ContinuationToken?: string;
  NextContinuationToken?: string;
  Contents?: S3Object[];
  Name?: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  CommonPrefixes?: CommonPrefix[];
  KeyCount?: number;
  StartAfter?: string;
}

export const ListObjectsV2 = /* @__PURE__ */ defineOperation<ListObjectsV2Input, ListObjectsV2Output>({
  name: 'ListObjectsV2',
  input: () => ({
    Bucket: bucketName(),
    ...refused(ACCOUNT, ['EncodingType', 'OptionalObjectAttributes']),
    ContinuationToken: z.optional(z.string()),
    Delimiter: z.optional(z.string()),
    FetchOwner: z.optional(z.boolean()),
    MaxKeys: z.optional(maxKeys()),
    Prefix: z.optional(z.string()),
    StartAfter: z.optional(z.string()),
  }),
  output: { IsTruncated: 'boolean', Contents: contentsShape, MaxKeys: 'integer', KeyCount: 'integer', CommonPrefixes: commonPrefixesShape },
  http: { method: 'GET', path: '/{Bucket}', query: { 'list-type': '2' } },
  bindings: {
    Bucket: { in: 'path', name: 'Bucket' },
    ContinuationToken: { in: 'query', name: 'continuation-token' },
    Delimiter: { in: 'query', name: 'delimiter' },
    FetchOwner: { in: 'query', name: 'fetch-owner' },
    MaxKeys: { in: 'query', name: 'max-keys' },
    Prefix: { in: 'query', name: 'prefix' },
    StartAfter: { in: 'query', name: 'start-after' },
  },
  errors: [InvalidArgument, InternalError],
});
export const ListObjectsV2Command = /* @__PURE__ */ createCommand(ListObjectsV2);
export type ListObjectsV2Command = InstanceType<typeof ListObjectsV2Command>;
