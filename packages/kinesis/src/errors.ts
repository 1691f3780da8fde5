// One class per error code of the Kinesis API Reference (2013-12-02): the operations' own
// errors (each operation's "Errors" section) and the document's "Common Errors".
import { defineServiceError } from '@skiff/core';

// Operation errors.
export const InvalidArgumentException = /* @__PURE__ */ defineServiceError('InvalidArgumentException');
export const LimitExceededException = /* @__PURE__ */ defineServiceError('LimitExceededException');
export const ResourceInUseException = /* @__PURE__ */ defineServiceError('ResourceInUseException');
export const ResourceNotFoundException = /* @__PURE__ */ defineServiceError('ResourceNotFoundException');
export const ExpiredIteratorException = /* @__PURE__ */ defineServiceError('ExpiredIteratorException');
/** Retried with throttling backoff by the client (service.ts `throttlingCodes`). */
export const ProvisionedThroughputExceededException = /* @__PURE__ */ defineServiceError('ProvisionedThroughputExceededException', 'client', { throttling: true });

// Common errors (document section "Common Errors").
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
export const Throttling = /* @__PURE__ */ defineServiceError('Throttling', 'client', { throttling: true });
export const ValidationError = /* @__PURE__ */ defineServiceError('ValidationError');
/** Not in the 2013 document: the code the live service (and kinesalite) return for an input
 * that breaks a constraint, when client-side validation is off. */
export const ValidationException = /* @__PURE__ */ defineServiceError('ValidationException');
