// CreateTable: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
// The members a lease table needs (key schema, attribute definitions, billing mode,
// throughput, tags); indexes and streams are not declared yet.
import * as z from 'zod/mini';
import { createCommand, defineOperation, int, rule, str, struct } from '@skiff/core';
import { InternalServerError, LimitExceededException, ResourceInUseException } from '../errors.js';
import { keyAttributeName, newTableName, type AttributeDefinition, type KeySchemaElement, type ProvisionedThroughput, type TableDescription } from '../shapes.js';

export interface CreateTableInput {
  TableName: string;
  /** One HASH element, then at most one RANGE element. */
  KeySchema: KeySchemaElement[];
  AttributeDefinitions: AttributeDefinition[];
  /** PROVISIONED (the default, needs ProvisionedThroughput) or PAY_PER_REQUEST. */
  BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  ProvisionedThroughput?: ProvisionedThroughput;
  Tags?: Array<{ Key: string; Value: string }>;
  DeletionProtectionEnabled?: boolean;
}
export interface CreateTableOutput {
  TableDescription?: TableDescription;
}

export const CreateTable = /* @__PURE__ */ defineOperation<CreateTableInput, CreateTableOutput>({
  name: 'CreateTable',
  input: () =>
    z
      .object({
        TableName: newTableName(),
        // "Array Members: Minimum number of 1 item. Maximum number of 2 items."
        KeySchema: z.array(z.object({ AttributeName: keyAttributeName(), KeyType: z.enum(['HASH', 'RANGE']) })).check(
          rule((a: KeySchemaElement[]) => (a.length < 1 || a.length > 2 ? 'must have 1 or 2 elements' : a[0]!.KeyType !== 'HASH' || a[1]?.KeyType === 'HASH' ? 'must be one HASH element, then at most one RANGE element' : undefined)),
        ),
        AttributeDefinitions: z.array(z.object({ AttributeName: keyAttributeName(), AttributeType: z.enum(['S', 'N', 'B']) })),
        BillingMode: z.optional(z.enum(['PROVISIONED', 'PAY_PER_REQUEST'])),
        // "Minimum value of 1" for both units.
        ProvisionedThroughput: z.optional(z.object({ ReadCapacityUnits: int({ min: 1 }), WriteCapacityUnits: int({ min: 1 }) })),
        // Tag keys 1..128, values 0..256 (Tag data type).
        Tags: z.optional(z.array(z.object({ Key: str({ min: 1, max: 128 }), Value: str({ max: 256 }) }))),
        DeletionProtectionEnabled: z.optional(z.boolean()),
      })
      .check(
        rule((i: CreateTableInput) =>
          i.BillingMode === 'PAY_PER_REQUEST' && i.ProvisionedThroughput ? 'ProvisionedThroughput must be absent when BillingMode is PAY_PER_REQUEST'
          : i.BillingMode !== 'PAY_PER_REQUEST' && !i.ProvisionedThroughput ? 'ProvisionedThroughput is required when BillingMode is PROVISIONED'
          : i.KeySchema?.some((k) => !i.AttributeDefinitions?.some((d) => d.AttributeName === k.AttributeName)) ? 'AttributeDefinitions must define every KeySchema attribute'
          : undefined),
      ) as unknown as z.ZodMiniType<CreateTableInput>,
  output: { TableDescription: /* @__PURE__ */ struct({ CreationDateTime: 'timestamp' }) },
  errors: [InternalServerError, LimitExceededException, ResourceInUseException],
});
export const CreateTableCommand = /* @__PURE__ */ createCommand(CreateTable);
export type CreateTableCommand = InstanceType<typeof CreateTableCommand>;
