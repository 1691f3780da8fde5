// One class per documented error code, so `err instanceof ContainerNotFoundException` works;
// `isServiceError(err, 'ContainerNotFoundException')` works without importing a class.
import { defineServiceError } from '@skiff/core';

// The common errors the AWS documents share are core's (the same classes in every service).
export {
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from '@skiff/core';

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

// ---- 000 § Common Errors (those not shared with the other documents; the rest are core's) --

export const AccessDeniedException = /* @__PURE__ */ defineServiceError('AccessDeniedException');
export const ThrottlingException = /* @__PURE__ */ defineServiceError('ThrottlingException', 'client', { throttling: true });

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
