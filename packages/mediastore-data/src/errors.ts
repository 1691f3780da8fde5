// One class per error code the documents name for the data plane: the operations' own errors
// (000, each data-plane operation's "Errors") and the errors common to all actions (000
// "Common Errors"). `err instanceof ObjectNotFoundException` and `isServiceError(err,
// 'ObjectNotFoundException')` agree.
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it: this package's
 * classes extend it, and `err instanceof MediaStoreDataServiceException` holds as well for core's common classes
 * and for codes no class declares, when a MediaStoreData client returned them. */
export const MediaStoreDataServiceException = /* @__PURE__ */ defineServiceException('MediaStoreDataServiceException');
export type MediaStoreDataServiceException = InstanceType<typeof MediaStoreDataServiceException>;

/** defineServiceError with this package's base class. */
/* @__NO_SIDE_EFFECTS__ */
function mediaStoreDataError<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, MediaStoreDataServiceException);
}

// The common errors the AWS documents share are core's (the same classes in every service).
export {
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from '@skiff/core';

// Operation errors (000 DeleteObject, DescribeObject, GetObject, ListItems, PutObject).
/** 404 on the data plane: the container is not there (or not ACTIVE yet). */
export const ContainerNotFoundException = /* @__PURE__ */ mediaStoreDataError('ContainerNotFoundException');
/** 500: the service is temporarily unavailable (retried). */
export const InternalServerError = /* @__PURE__ */ mediaStoreDataError('InternalServerError', 'server');
/** 404: no object at that path. */
export const ObjectNotFoundException = /* @__PURE__ */ mediaStoreDataError('ObjectNotFoundException');
/** 416: the Range of a GetObject does not overlap the object. */
export const RequestedRangeNotSatisfiableException = /* @__PURE__ */ mediaStoreDataError('RequestedRangeNotSatisfiableException');

// Common errors (000 "Common Errors") that this document words its own way; the rest are core's (above).
export const AccessDeniedException = /* @__PURE__ */ mediaStoreDataError('AccessDeniedException');
export const ThrottlingException = /* @__PURE__ */ mediaStoreDataError('ThrottlingException', 'client', { throttling: true });
