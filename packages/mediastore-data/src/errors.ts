// One class per error code the documents name for the data plane: the operations' own errors
// (000, each data-plane operation's "Errors") and the errors common to all actions (000
// "Common Errors"). `err instanceof ObjectNotFoundException` and `isServiceError(err,
// 'ObjectNotFoundException')` agree.
import { defineServiceError } from '@skiff/core';

// Operation errors (000 DeleteObject, DescribeObject, GetObject, ListItems, PutObject).
/** 404 on the data plane: the container is not there (or not ACTIVE yet). */
export const ContainerNotFoundException = /* @__PURE__ */ defineServiceError('ContainerNotFoundException');
/** 500: the service is temporarily unavailable (retried). */
export const InternalServerError = /* @__PURE__ */ defineServiceError('InternalServerError', 'server');
/** 404: no object at that path. */
export const ObjectNotFoundException = /* @__PURE__ */ defineServiceError('ObjectNotFoundException');
/** 416: the Range of a GetObject does not overlap the object. */
export const RequestedRangeNotSatisfiableException = /* @__PURE__ */ defineServiceError('RequestedRangeNotSatisfiableException');

// Common errors (000 "Common Errors").
export const AccessDeniedException = /* @__PURE__ */ defineServiceError('AccessDeniedException');
export const IncompleteSignature = /* @__PURE__ */ defineServiceError('IncompleteSignature');
export const InternalFailure = /* @__PURE__ */ defineServiceError('InternalFailure', 'server');
export const InvalidAction = /* @__PURE__ */ defineServiceError('InvalidAction');
export const InvalidClientTokenId = /* @__PURE__ */ defineServiceError('InvalidClientTokenId');
export const InvalidParameterCombination = /* @__PURE__ */ defineServiceError('InvalidParameterCombination');
export const InvalidParameterValue = /* @__PURE__ */ defineServiceError('InvalidParameterValue');
export const InvalidQueryParameter = /* @__PURE__ */ defineServiceError('InvalidQueryParameter');
export const MalformedQueryString = /* @__PURE__ */ defineServiceError('MalformedQueryString');
export const MissingAction = /* @__PURE__ */ defineServiceError('MissingAction');
export const MissingAuthenticationToken = /* @__PURE__ */ defineServiceError('MissingAuthenticationToken');
export const MissingParameter = /* @__PURE__ */ defineServiceError('MissingParameter');
export const OptInRequired = /* @__PURE__ */ defineServiceError('OptInRequired');
export const RequestExpired = /* @__PURE__ */ defineServiceError('RequestExpired');
export const ServiceUnavailable = /* @__PURE__ */ defineServiceError('ServiceUnavailable', 'server');
export const ThrottlingException = /* @__PURE__ */ defineServiceError('ThrottlingException', 'client', { throttling: true });
/** The service's own input check (seed-decisions: distinct from the client-side ParamValidationError). */
export const ValidationError = /* @__PURE__ */ defineServiceError('ValidationError');
