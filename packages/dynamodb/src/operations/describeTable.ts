// DescribeTable: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html
import { createCommand, defineOperation, struct } from '@skiff/core';
import { InternalServerError, ResourceNotFoundException } from '../errors.js';
import { tableName, type TableDescription } from '../shapes.js';

export interface DescribeTableInput {
  TableName: string;
}
export interface DescribeTableOutput {
  Table?: TableDescription;
}

export const DescribeTable = /* @__PURE__ */ defineOperation<DescribeTableInput, DescribeTableOutput>({
  name: 'DescribeTable',
  input: () => ({ TableName: tableName() }),
  output: { Table: /* @__PURE__ */ struct({ CreationDateTime: 'timestamp' }) },
  errors: [InternalServerError, ResourceNotFoundException],
});
export const DescribeTableCommand = /* @__PURE__ */ createCommand(DescribeTable);
export type DescribeTableCommand = InstanceType<typeof DescribeTableCommand>;
