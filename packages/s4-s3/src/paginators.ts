import { createPaginator } from '@skiff/core';
import { ListObjectsCommand, type ListObjectsOutput } from './operations/listObjects.js';
import { ListObjectsV2Command } from './operations/listObjectsV2.js';
import { ListPartsCommand } from './operations/listParts.js';

/**
 * ListObjects pages by `marker`: NextMarker when the service sends it (with a delimiter),
 * else the last key (or common prefix) of a truncated page, as the S3 API describes.
 */
export const paginateListObjects = /* @__PURE__ */ createPaginator(ListObjectsCommand, {
  inputToken: 'Marker',
  items: 'Contents',
  pageSize: 'MaxKeys',
  nextToken: (out) => (out.IsTruncated ? (out.NextMarker ?? lastName(out)) : undefined),
});

function lastName(out: ListObjectsOutput): string | undefined {
  const key = out.Contents?.at(-1)?.Key;
  const prefix = out.CommonPrefixes?.at(-1)?.Prefix;
  if (key === undefined) return prefix;
  if (prefix === undefined) return key;
  return key > prefix ? key : prefix;
}

/** ListObjectsV2 pages by `continuation-token`. */
export const paginateListObjectsV2 = /* @__PURE__ */ createPaginator(ListObjectsV2Command, {
  inputToken: 'ContinuationToken',
  items: 'Contents',
  pageSize: 'MaxKeys',
  nextToken: (out) => (out.IsTruncated ? out.NextContinuationToken : undefined),
});

/** ListParts pages by part number: `part-number-marker` takes the NextPartNumberMarker of a
 * truncated page. */
export const paginateListParts = /* @__PURE__ */ createPaginator(ListPartsCommand, {
  inputToken: 'PartNumberMarker',
  tokenValue: Number,
  items: 'Parts',
  pageSize: 'MaxParts',
  nextToken: (out) => (out.IsTruncated && out.NextPartNumberMarker !== undefined ? String(out.NextPartNumberMarker) : undefined),
});
