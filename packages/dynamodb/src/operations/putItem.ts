// PutItem: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { attributeMap, conditionalWriteMembers, tableName, type ConditionalWrite, type ConsumedCapacity, type Item } from '../shapes.js';
import { writeErrors } from '../writeErrors.js';

export interface PutItemInput extends ConditionalWrite {
  TableName: string;
  /** The whole item, key attributes included. */
  Item: Item;
  /** "Valid Values: NONE | ALL_OLD" for PutItem. */
  ReturnValues?: 'NONE' | 'ALL_OLD';
}
export interface PutItemOutput {
  /** The item replaced, with ReturnValues ALL_OLD. */
  Attributes?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

export const PutItem = /* @__PURE__ */ defineOperation<PutItemInput, PutItemOutput>({
  name: 'PutItem',
  input: () => ({
    TableName: tableName(),
    Item: attributeMap(),
    ReturnValues: z.optional(z.enum(['NONE', 'ALL_OLD'])),
    ...conditionalWriteMembers(),
  }),
  errors: /* @__PURE__ */ writeErrors(),
});
export const PutItemCommand = /* @__PURE__ */ createCommand(PutItem);
export type PutItemCommand = InstanceType<typeof PutItemCommand>;
