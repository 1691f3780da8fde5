// One class per error code the documents name for the data plane: the operations' own errors
// (000, each data-plane operation's "Errors") and the errors common to all actions (000
// "Common Errors"). `err instanceof ObjectNotFoundException` and `isServiceError(err,
// 'ObjectNotFoundException')` agree.
import { defineServiceError } from '@skiff/core';

// The common errors the AWS documents share are core's (the same classes in every service).
export {
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from '@skiff/core';

// Operation errors (000 DeleteObject, DescribeObject, GetObject, ListItems, PutObject).
/** 404 on the data plane: the container is not there (or not ACTIVE yet). */
export const ContainerNotFoundException = /* @__PURE__ */ defineServiceError('ContainerNotFoundException');
/** 500: the service is temporarily unavailable (retried). */
export const InternalServerError = /* @__PURE__ */ defineServiceError('InternalServerError', 'server');
/** 404: no object at that path. */
export const ObjectNotFoundException = /* @__PURE__ */ defineServiceError('ObjectNotFoundException');
/** 416: the Range of a GetObject does not overlap the object. */
export const RequestedRangeNotSatisfiableException = /* @__PURE__ */ defineServiceError('RequestedRangeNotSatisfiableException');

// Common errors (000 "Common Errors") that this document words its own way; the rest are core's (above).
export const AccessDeniedException = /* @__PURE__ */ defineServiceError('AccessDeniedException');
export const ThrottlingException = /* @__PURE__ */ defineServiceError('ThrottlingException', 'client', { throttling: true });
