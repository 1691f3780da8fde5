// Scan pages by key: "LastEvaluatedKey … use this value to start a new operation, excluding
// this value in the new request" (as ExclusiveStartKey). Tokens are strings, so the key
// travels as its JSON text.
import { createPaginator } from '@skiff/core';
import { ScanCommand } from './operations/scan.js';

/** Pages of a scan; `pageSize` is `Limit`, `maxItems` counts items. */
export const paginateScan = /* @__PURE__ */ createPaginator(ScanCommand, {
  inputToken: 'ExclusiveStartKey',
  items: 'Items',
  pageSize: 'Limit',
  nextToken: (out) => (out.LastEvaluatedKey ? JSON.stringify(out.LastEvaluatedKey) : undefined),
  tokenValue: (token) => JSON.parse(token),
});
