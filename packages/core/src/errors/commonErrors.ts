// The "Common Errors" section the AWS service documents share word for word (Kinesis
// 2013-12-02, MediaStore and MediaStore Data 000): declared once here and re-exported by each
// service package, so `err instanceof InternalFailure` works with the class of any of them.
// Where the documents differ (Kinesis's `Throttling`, MediaStore's `ThrottlingException` and
// `AccessDeniedException`), the service package declares its own.
import { defineServiceError } from './ServiceError.js';

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
/** The service's own check of an input (a client-side check throws ParamValidationError instead). */
export const ValidationError = /* @__PURE__ */ defineServiceError('ValidationError');

/** All of the above, for a service's `errors`. */
export const COMMON_ERRORS = [
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
];
