// One class per error code of the DynamoDB API Reference (2012-08-10): the operations' own
// errors ("Errors" of CreateTable, DescribeTable, GetItem, PutItem, UpdateItem, DeleteItem,
// Scan) and the common errors core shares across services.
import { defineServiceError } from '@skiff/core';

export {
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from '@skiff/core';

/** A condition expression (PutItem, UpdateItem, DeleteItem) evaluated to false. */
export const ConditionalCheckFailedException = /* @__PURE__ */ defineServiceError('ConditionalCheckFailedException');
export const ResourceNotFoundException = /* @__PURE__ */ defineServiceError('ResourceNotFoundException');
/** CreateTable on a name already taken (or a table not yet ACTIVE). */
export const ResourceInUseException = /* @__PURE__ */ defineServiceError('ResourceInUseException');
export const LimitExceededException = /* @__PURE__ */ defineServiceError('LimitExceededException');
export const ItemCollectionSizeLimitExceededException = /* @__PURE__ */ defineServiceError('ItemCollectionSizeLimitExceededException');
export const TransactionConflictException = /* @__PURE__ */ defineServiceError('TransactionConflictException');
export const InternalServerError = /* @__PURE__ */ defineServiceError('InternalServerError', 'server');
export const InvalidEndpointException = /* @__PURE__ */ defineServiceError('InvalidEndpointException');
/** Retried with throttling backoff by the client (service.ts `throttlingCodes`). */
export const ProvisionedThroughputExceededException = /* @__PURE__ */ defineServiceError('ProvisionedThroughputExceededException', 'client', { throttling: true });
export const RequestLimitExceeded = /* @__PURE__ */ defineServiceError('RequestLimitExceeded', 'client', { throttling: true });
export const ThrottlingException = /* @__PURE__ */ defineServiceError('ThrottlingException', 'client', { throttling: true });
/** The code DynamoDB returns for a malformed request (a bad expression, a wrong key type). */
export const ValidationException = /* @__PURE__ */ defineServiceError('ValidationException');
