// UpdateItem: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
import * as z from 'zod/mini';
import { createCommand, defineOperation, str } from '@skiff/core';
import { attributeMap, conditionalWriteMembers, RETURN_VALUES, tableName, type ConditionalWrite, type ConsumedCapacity, type Item, type ReturnValue } from '../shapes.js';
import { writeErrors } from '../writeErrors.js';

export interface UpdateItemInput extends ConditionalWrite {
  TableName: string;
  Key: Item;
  /** SET, REMOVE, ADD and DELETE clauses. */
  UpdateExpression?: string;
  ReturnValues?: ReturnValue;
}
export interface UpdateItemOutput {
  /** Per ReturnValues: the item's attributes before or after the update. */
  Attributes?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

export const UpdateItem = /* @__PURE__ */ defineOperation<UpdateItemInput, UpdateItemOutput>({
  name: 'UpdateItem',
  input: () => ({
    TableName: tableName(),
    Key: attributeMap(),
    UpdateExpression: z.optional(str()),
    ReturnValues: z.optional(z.enum(RETURN_VALUES)),
    ...conditionalWriteMembers(),
  }),
  errors: /* @__PURE__ */ writeErrors(),
});
export const UpdateItemCommand = /* @__PURE__ */ createCommand(UpdateItem);
export type UpdateItemCommand = InstanceType<typeof UpdateItemCommand>;
