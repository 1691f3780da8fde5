// @skiff/dynamodb: the DynamoDB 2012-08-10 operations a coordination store needs, as
// commands, a Scan paginator, and a KCL 2.x lease store for @skiff/kinesis's KinesisConsumer.
export { DynamoDBClient, type DynamoDBClientConfig } from './DynamoDBClient.js';
export { dynamodbService } from './service.js';

export { CreateTable, CreateTableCommand, type CreateTableInput, type CreateTableOutput } from './operations/createTable.js';
export { DeleteItem, DeleteItemCommand, type DeleteItemInput, type DeleteItemOutput } from './operations/deleteItem.js';
export { DescribeTable, DescribeTableCommand, type DescribeTableInput, type DescribeTableOutput } from './operations/describeTable.js';
export { GetItem, GetItemCommand, type GetItemInput, type GetItemOutput } from './operations/getItem.js';
export { PutItem, PutItemCommand, type PutItemInput, type PutItemOutput } from './operations/putItem.js';
export { Scan, ScanCommand, type ScanInput, type ScanOutput } from './operations/scan.js';
export { UpdateItem, UpdateItemCommand, type UpdateItemInput, type UpdateItemOutput } from './operations/updateItem.js';

export type {
  AttributeDefinition, AttributeValue, ConditionalWrite, ConsumedCapacity, Item, KeySchemaElement, ProvisionedThroughput, ReturnValue,
  TableDescription, TableStatus,
} from './shapes.js';
export * from './errors.js';
export { paginateScan } from './paginators.js';
export { DynamoDBLeaseStore, itemToLease, leaseToItem, type DynamoDBLeaseStoreOptions } from './DynamoDBLeaseStore.js';

export {
  AbortError, isServiceError, NetworkError, PaginationError, ParamValidationError, ServiceError, TimeoutError,
  type ClientConfig, type Credentials, type Page, type PaginationConfig, type SendOptions,
} from '@skiff/core';
