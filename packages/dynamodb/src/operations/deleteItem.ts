// DeleteItem: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { attributeMap, conditionalWriteMembers, tableName, type ConditionalWrite, type ConsumedCapacity, type Item } from '../shapes.js';
import { writeErrors } from '../writeErrors.js';

export interface DeleteItemInput extends ConditionalWrite {
  TableName: string;
  Key: Item;
  /** "Valid Values: NONE | ALL_OLD" for DeleteItem. */
  ReturnValues?: 'NONE' | 'ALL_OLD';
}
export interface DeleteItemOutput {
  Attributes?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

export const DeleteItem = /* @__PURE__ */ defineOperation<DeleteItemInput, DeleteItemOutput>({
  name: 'DeleteItem',
  input: () => ({
    TableName: tableName(),
    Key: attributeMap(),
    ReturnValues: z.optional(z.enum(['NONE', 'ALL_OLD'])),
    ...conditionalWriteMembers(),
  }),
  errors: /* @__PURE__ */ writeErrors(),
});
export const DeleteItemCommand = /* @__PURE__ */ createCommand(DeleteItem);
export type DeleteItemCommand = InstanceType<typeof DeleteItemCommand>;
