// The errors PutItem, UpdateItem and DeleteItem document alike.
import {
  ConditionalCheckFailedException, InternalServerError, ItemCollectionSizeLimitExceededException, ProvisionedThroughputExceededException,
  RequestLimitExceeded, ResourceNotFoundException, TransactionConflictException,
} from './errors.js';

export const writeErrors = () => [
  ConditionalCheckFailedException, InternalServerError, ItemCollectionSizeLimitExceededException, ProvisionedThroughputExceededException,
  RequestLimitExceeded, ResourceNotFoundException, TransactionConflictException,
];
