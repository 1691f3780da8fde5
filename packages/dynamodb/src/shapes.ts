// Schemas and types shared by several operations. Constraints follow the DynamoDB API
// Reference 2012-08-10 ("Request Parameters" of each action,
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/). Schema builders are
// functions, called inside an operation's lazy `input`, so nothing is built at module load.
import * as z from 'zod/mini';
import { int, rule, str } from '@skiff/core';

/** One attribute value: exactly one of its members is set (AttributeValue data type). */
export type AttributeValue =
  | { S: string }
  | { N: string }
  /** Binary as base64 text, as it travels in JSON. */
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { NULL: boolean }
  | { BOOL: boolean };

export type Item = Record<string, AttributeValue>;

const TYPES = new Set(['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL']);

/** TableName where a name or an ARN is taken: "Minimum length of 1. Maximum length of 1024." */
export const tableName = () => str({ min: 1, max: 1024 });
/** CreateTable's TableName: "Minimum length of 3. Maximum length of 255. Pattern: [a-zA-Z0-9_.-]+". */
export const newTableName = () => str({ min: 3, max: 255, pattern: /[a-zA-Z0-9_.-]+/ });
/** Attribute names in key schemas and definitions: "Minimum length of 1. Maximum length of 255." */
export const keyAttributeName = () => str({ min: 1, max: 255 });

function attributeProblem(v: unknown, depth = 0): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'must be an AttributeValue object';
  const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !TYPES.has(keys[0]!)) return 'must set exactly one of S, N, B, SS, NS, BS, M, L, NULL, BOOL';
  // "An attribute value can be nested up to 32 levels deep" (Developer Guide, Data types).
  if (depth > 32) return 'must be nested at most 32 levels deep';
  const inner = (v as Record<string, unknown>)[keys[0]!];
  if (keys[0] === 'M') for (const x of Object.values(inner as object)) { const p = attributeProblem(x, depth + 1); if (p) return p; }
  if (keys[0] === 'L') for (const x of inner as unknown[]) { const p = attributeProblem(x, depth + 1); if (p) return p; }
  return undefined;
}

/** A map of attribute names to AttributeValues (Key, Item, ExclusiveStartKey). Key's
 * documented "Key Length Constraints: Maximum length of 65535" bounds the attribute names. */
export const attributeMap = () =>
  z.record(str({ max: 65535 }), z.unknown()).check(
    rule((m: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(m)) {
        const p = attributeProblem(v);
        if (p) return `${k} ${p}`;
      }
      return undefined;
    }),
  ) as unknown as z.ZodMiniType<Item>;

/** ExpressionAttributeNames: "Value Length Constraints: Maximum length of 65535." */
export const attributeNames = () => z.record(str({ max: 65535 }), str({ max: 65535 }));
/** ExpressionAttributeValues: placeholders to AttributeValues. */
export const attributeValues = () => attributeMap();

export const RETURN_VALUES = ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'] as const;
export type ReturnValue = (typeof RETURN_VALUES)[number];
export const RETURN_CONSUMED_CAPACITY = ['INDEXES', 'TOTAL', 'NONE'] as const;
export const returnConsumedCapacity = () => z.enum(RETURN_CONSUMED_CAPACITY);
export const RETURN_ON_CONDITION_FAILURE = ['ALL_OLD', 'NONE'] as const;
/** Scan's Limit: "Minimum value of 1." */
export const pageLimit = () => int({ min: 1 });

export interface ConsumedCapacity {
  TableName?: string;
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: 'HASH' | 'RANGE';
}
export interface AttributeDefinition {
  AttributeName: string;
  AttributeType: 'S' | 'N' | 'B';
}
export interface ProvisionedThroughput {
  ReadCapacityUnits: number;
  WriteCapacityUnits: number;
}

export type TableStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE' | 'INACCESSIBLE_ENCRYPTION_CREDENTIALS' | 'ARCHIVING' | 'ARCHIVED';

export interface TableDescription {
  TableName?: string;
  TableArn?: string;
  TableId?: string;
  /** One of TableStatus; a newer service's value passes through. */
  TableStatus?: TableStatus | (string & {});
  KeySchema?: KeySchemaElement[];
  AttributeDefinitions?: AttributeDefinition[];
  CreationDateTime?: Date;
  ItemCount?: number;
  TableSizeBytes?: number;
  BillingModeSummary?: { BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST' };
  ProvisionedThroughput?: Partial<ProvisionedThroughput> & { NumberOfDecreasesToday?: number };
}

/** The members PutItem, UpdateItem and DeleteItem share: a condition, its placeholders, and
 * what to return. */
export interface ConditionalWrite {
  /** The write happens only when this holds; otherwise ConditionalCheckFailedException. */
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
  ReturnConsumedCapacity?: 'INDEXES' | 'TOTAL' | 'NONE';
  ReturnItemCollectionMetrics?: 'SIZE' | 'NONE';
  /** ALL_OLD: the item as it was, on the ConditionalCheckFailedException. */
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE';
}

export const conditionalWriteMembers = () => ({
  ConditionExpression: z.optional(str()),
  ExpressionAttributeNames: z.optional(attributeNames()),
  ExpressionAttributeValues: z.optional(attributeValues()),
  ReturnConsumedCapacity: z.optional(returnConsumedCapacity()),
  ReturnItemCollectionMetrics: z.optional(z.enum(['SIZE', 'NONE'])),
  ReturnValuesOnConditionCheckFailure: z.optional(z.enum(RETURN_ON_CONDITION_FAILURE)),
});

