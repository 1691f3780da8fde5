// Scan: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html
// (paginated by ExclusiveStartKey / LastEvaluatedKey: paginators.ts).
import * as z from 'zod/mini';
import { createCommand, defineOperation, int, str } from '@skiff/core';
import { InternalServerError, ProvisionedThroughputExceededException, RequestLimitExceeded, ResourceNotFoundException } from '../errors.js';
import { attributeMap, attributeNames, attributeValues, pageLimit, returnConsumedCapacity, tableName, type ConsumedCapacity, type Item } from '../shapes.js';

export interface ScanInput {
  TableName: string;
  IndexName?: string;
  /** Items evaluated per page (at least 1). */
  Limit?: number;
  ExclusiveStartKey?: Item;
  ConsistentRead?: boolean;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
  Select?: 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT';
  Segment?: number;
  TotalSegments?: number;
  ReturnConsumedCapacity?: 'INDEXES' | 'TOTAL' | 'NONE';
}
export interface ScanOutput {
  Items?: Item[];
  Count?: number;
  ScannedCount?: number;
  /** Present while there is more to scan: the next page's ExclusiveStartKey. */
  LastEvaluatedKey?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

export const Scan = /* @__PURE__ */ defineOperation<ScanInput, ScanOutput>({
  name: 'Scan',
  input: () => ({
    TableName: tableName(),
    // IndexName: "Minimum length of 3. Maximum length of 255. Pattern: [a-zA-Z0-9_.-]+".
    IndexName: z.optional(str({ min: 3, max: 255, pattern: /[a-zA-Z0-9_.-]+/ })),
    Limit: z.optional(pageLimit()),
    ExclusiveStartKey: z.optional(attributeMap()),
    ConsistentRead: z.optional(z.boolean()),
    FilterExpression: z.optional(str()),
    ProjectionExpression: z.optional(str()),
    ExpressionAttributeNames: z.optional(attributeNames()),
    ExpressionAttributeValues: z.optional(attributeValues()),
    Select: z.optional(z.enum(['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'])),
    // Segment "Minimum value of 0. Maximum value of 999999"; TotalSegments "1..1000000".
    Segment: z.optional(int({ min: 0, max: 999_999 })),
    TotalSegments: z.optional(int({ min: 1, max: 1_000_000 })),
    ReturnConsumedCapacity: z.optional(returnConsumedCapacity()),
  }),
  errors: [InternalServerError, ProvisionedThroughputExceededException, RequestLimitExceeded, ResourceNotFoundException],
});
export const ScanCommand = /* @__PURE__ */ createCommand(Scan);
export type ScanCommand = InstanceType<typeof ScanCommand>;
