// One class per documented error code, so `err instanceof ContainerNotFoundException` works;
// `isServiceError(err, 'ContainerNotFoundException')` works without importing a class.
import { defineServiceError } from '@skiff/core';

// ---- The MediaStore codes (000 and 001, each operation's "Errors"/"Exceptions") ----------

/** 400: the container already exists, or is being created or deleted (CREATING/DELETING). */
export const ContainerInUseException = /* @__PURE__ */ defineServiceError('ContainerInUseException');
/** 400: the container does not exist. */
export const ContainerNotFoundException = /* @__PURE__ */ defineServiceError('ContainerNotFoundException');
/** 400: the container has no CORS policy. */
export const CorsPolicyNotFoundException = /* @__PURE__ */ defineServiceError('CorsPolicyNotFoundException');
/** 500: "The service is temporarily unavailable." A server fault, retried. */
export const InternalServerError = /* @__PURE__ */ defineServiceError('InternalServerError', 'server');
/** 400: a service limit (containers, tags, metric policy rules) has been exceeded. */
export const LimitExceededException = /* @__PURE__ */ defineServiceError('LimitExceededException');
/** 400: the container has no policy of the kind asked for (container, lifecycle, metric). */
export const PolicyNotFoundException = /* @__PURE__ */ defineServiceError('PolicyNotFoundException');

// ---- 000 § Common Errors ------------------------------------------------------------------

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
/** The service's own check of an input (a client-side check throws ParamValidationError instead). */
export const ValidationError = /* @__PURE__ */ defineServiceError('ValidationError');

// ---- The same common errors as a JSON 1.1 service spells them on the wire ------------------
// The documents list the Query-style names above; the live service (and
// @skiff/mediastore-local) answer authentication and input problems with these codes.

/** 403: the signature does not match (wrong secret key, altered request, clock far off). */
export const InvalidSignatureException = /* @__PURE__ */ defineServiceError('InvalidSignatureException');
export const IncompleteSignatureException = /* @__PURE__ */ defineServiceError('IncompleteSignatureException');
export const MissingAuthenticationTokenException = /* @__PURE__ */ defineServiceError('MissingAuthenticationTokenException');
/** 403: the access key id is unknown. */
export const UnrecognizedClientException = /* @__PURE__ */ defineServiceError('UnrecognizedClientException');
export const ValidationException = /* @__PURE__ */ defineServiceError('ValidationException');
export const SerializationException = /* @__PURE__ */ defineServiceError('SerializationException');
export const UnknownOperationException = /* @__PURE__ */ defineServiceError('UnknownOperationException');
