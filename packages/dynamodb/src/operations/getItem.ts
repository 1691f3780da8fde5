// GetItem: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
import * as z from 'zod/mini';
import { createCommand, defineOperation, str } from '@skiff/core';
import { InternalServerError, ProvisionedThroughputExceededException, RequestLimitExceeded, ResourceNotFoundException } from '../errors.js';
import { attributeMap, attributeNames, returnConsumedCapacity, tableName, type ConsumedCapacity, type Item } from '../shapes.js';

export interface GetItemInput {
  TableName: string;
  Key: Item;
  /** true: a strongly consistent read (what a lease store needs). */
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ReturnConsumedCapacity?: 'INDEXES' | 'TOTAL' | 'NONE';
}
export interface GetItemOutput {
  /** Absent when no item has the key. */
  Item?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

export const GetItem = /* @__PURE__ */ defineOperation<GetItemInput, GetItemOutput>({
  name: 'GetItem',
  input: () => ({
    TableName: tableName(),
    Key: attributeMap(),
    ConsistentRead: z.optional(z.boolean()),
    ProjectionExpression: z.optional(str()),
    ExpressionAttributeNames: z.optional(attributeNames()),
    ReturnConsumedCapacity: z.optional(returnConsumedCapacity()),
  }),
  errors: [InternalServerError, ProvisionedThroughputExceededException, RequestLimitExceeded, ResourceNotFoundException],
});
export const GetItemCommand = /* @__PURE__ */ createCommand(GetItem);
export type GetItemCommand = InstanceType<typeof GetItemCommand>;
