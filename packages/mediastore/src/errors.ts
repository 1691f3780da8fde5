// One class per documented error code, so `err instanceof ContainerNotFoundException` works;
// `isServiceError(err, 'ContainerNotFoundException')` works without importing a class.
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it: this package's
 * classes extend it, and `err instanceof MediaStoreServiceException` holds as well for core's common classes
 * and for codes no class declares, when a MediaStore client returned them. */
export const MediaStoreServiceException = /* @__PURE__ */ defineServiceException('MediaStoreServiceException');
export type MediaStoreServiceException = InstanceType<typeof MediaStoreServiceException>;

/** defineServiceError with this package's base class. */
/* @__NO_SIDE_EFFECTS__ */
function mediaStoreError<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, MediaStoreServiceException);
}

// The common errors the AWS documents share are core's (the same classes in every service).
export {
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from '@skiff/core';

// ---- The MediaStore codes (000 and 001, each operation's "Errors"/"Exceptions") ----------

/** 400: the container already exists, or is being created or deleted (CREATING/DELETING). */
export const ContainerInUseException = /* @__PURE__ */ mediaStoreError('ContainerInUseException');
/** 400: the container does not exist. */
export const ContainerNotFoundException = /* @__PURE__ */ mediaStoreError('ContainerNotFoundException');
/** 400: the container has no CORS policy. */
export const CorsPolicyNotFoundException = /* @__PURE__ */ mediaStoreError('CorsPolicyNotFoundException');
/** 500: "The service is temporarily unavailable." A server fault, retried. */
export const InternalServerError = /* @__PURE__ */ mediaStoreError('InternalServerError', 'server');
/** 400: a service limit (containers, tags, metric policy rules) has been exceeded. */
export const LimitExceededException = /* @__PURE__ */ mediaStoreError('LimitExceededException');
/** 400: the container has no policy of the kind asked for (container, lifecycle, metric). */
export const PolicyNotFoundException = /* @__PURE__ */ mediaStoreError('PolicyNotFoundException');

// ---- 000 § Common Errors (those not shared with the other documents; the rest are core's) --

export const AccessDeniedException = /* @__PURE__ */ mediaStoreError('AccessDeniedException');
export const ThrottlingException = /* @__PURE__ */ mediaStoreError('ThrottlingException', 'client', { throttling: true });

// ---- The same common errors as a JSON 1.1 service spells them on the wire ------------------
// The documents list the Query-style names above; the live service (and
// @skiff/mediastore-local) answer authentication and input problems with these codes.

/** 403: the signature does not match (wrong secret key, altered request, clock far off). */
export const InvalidSignatureException = /* @__PURE__ */ mediaStoreError('InvalidSignatureException');
export const IncompleteSignatureException = /* @__PURE__ */ mediaStoreError('IncompleteSignatureException');
export const MissingAuthenticationTokenException = /* @__PURE__ */ mediaStoreError('MissingAuthenticationTokenException');
/** 403: the access key id is unknown. */
export const UnrecognizedClientException = /* @__PURE__ */ mediaStoreError('UnrecognizedClientException');
export const ValidationException = /* @__PURE__ */ mediaStoreError('ValidationException');
export const SerializationException = /* @__PURE__ */ mediaStoreError('SerializationException');
export const UnknownOperationException = /* @__PURE__ */ mediaStoreError('UnknownOperationException');
