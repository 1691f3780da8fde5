import { awsJson1_0, COMMON_ERRORS, type ServiceSpec } from '@skiff/core';
import {
  ConditionalCheckFailedException, InternalServerError, InvalidEndpointException, ItemCollectionSizeLimitExceededException,
  LimitExceededException, ProvisionedThroughputExceededException, RequestLimitExceeded, ResourceInUseException,
  ResourceNotFoundException, ThrottlingException, TransactionConflictException, ValidationException,
} from './errors.js';
import { version } from '../package.json';

/** DynamoDB 2012-08-10: JSON 1.0 with `X-Amz-Target: DynamoDB_20120810.<Op>`, signing name `dynamodb`. */
export const dynamodbService: ServiceSpec = {
  name: 'DynamoDB',
  version,
  signingName: 'dynamodb',
  protocol: /* @__PURE__ */ awsJson1_0({ targetPrefix: 'DynamoDB_20120810' }),
  endpoint: (region) => `https://dynamodb.${region}.amazonaws.com`,
  // Every operation's codes, so a code arrives as its class whichever operation returned it.
  errors: [
    ...COMMON_ERRORS,
    ConditionalCheckFailedException, InternalServerError, InvalidEndpointException, ItemCollectionSizeLimitExceededException,
    LimitExceededException, ProvisionedThroughputExceededException, RequestLimitExceeded, ResourceInUseException,
    ResourceNotFoundException, ThrottlingException, TransactionConflictException, ValidationException,
  ],
  // "Your request rate is too high" / "Throughput exceeds the current capacity": slow down and retry.
  throttlingCodes: ['ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'ThrottlingException'],
};
