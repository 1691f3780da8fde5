// One class per error code of document 004 (the common tables and each operation's table),
// so `err instanceof NoSuchKey` works; `isServiceError(err, 'NoSuchKey')` works without one.
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it: this package's
 * classes extend it, and `err instanceof S3ServiceException` holds as well for core's common classes
 * and for codes no class declares, when a S3 client returned them. */
export const S3ServiceException = /* @__PURE__ */ defineServiceException('S3ServiceException');
export type S3ServiceException = InstanceType<typeof S3ServiceException>;

/** defineServiceError with this package's base class. */
/* @__NO_SIDE_EFFECTS__ */
function s3Error<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, S3ServiceException);
}

// Common errors: any S4 request (parsing, authorization, policy validation).
export const InvalidURI = /* @__PURE__ */ s3Error('InvalidURI');
export const NoSuchAccessPoint = /* @__PURE__ */ s3Error('NoSuchAccessPoint');
export const InvalidAction = /* @__PURE__ */ s3Error('InvalidAction');
export const InternalError = /* @__PURE__ */ s3Error('InternalError', 'server');
export const AccountProblem = /* @__PURE__ */ s3Error('AccountProblem');
export const IncompleteSignature = /* @__PURE__ */ s3Error('IncompleteSignature');
export const InternalFailure = /* @__PURE__ */ s3Error('InternalFailure', 'server');
export const InvalidAccessKeyId = /* @__PURE__ */ s3Error('InvalidAccessKeyId');
export const InvalidRequest = /* @__PURE__ */ s3Error('InvalidRequest');
export const MissingParameter = /* @__PURE__ */ s3Error('MissingParameter');
export const MissingSecurityHeader = /* @__PURE__ */ s3Error('MissingSecurityHeader');
export const SignatureDoesNotMatch = /* @__PURE__ */ s3Error('SignatureDoesNotMatch');
export const AccessDenied = /* @__PURE__ */ s3Error('AccessDenied');
export const RequestTimeTooSkewed = /* @__PURE__ */ s3Error('RequestTimeTooSkewed');
/** The service's own ValidationError (client-side checks throw ParamValidationError). */
export const ValidationError = /* @__PURE__ */ s3Error('ValidationError');
export const AuthorizationQueryParametersError = /* @__PURE__ */ s3Error('AuthorizationQueryParametersError');
export const NoSuchBucket = /* @__PURE__ */ s3Error('NoSuchBucket');
export const NoSuchKey = /* @__PURE__ */ s3Error('NoSuchKey');
export const RequestTimeout = /* @__PURE__ */ s3Error('RequestTimeout');

// Bucket operations.
export const BucketAlreadyOwnedByYou = /* @__PURE__ */ s3Error('BucketAlreadyOwnedByYou');
/** S4 never returns it (no shared namespace), S3-compatible servers do. */
export const BucketAlreadyExists = /* @__PURE__ */ s3Error('BucketAlreadyExists');
export const InvalidBucketName = /* @__PURE__ */ s3Error('InvalidBucketName');
export const BucketNotEmpty = /* @__PURE__ */ s3Error('BucketNotEmpty');
export const InvalidArgument = /* @__PURE__ */ s3Error('InvalidArgument');

// Objects.
export const BadDigest = /* @__PURE__ */ s3Error('BadDigest');
export const InvalidDigest = /* @__PURE__ */ s3Error('InvalidDigest');
export const MethodNotAllowed = /* @__PURE__ */ s3Error('MethodNotAllowed');
export const InvalidStorageClass = /* @__PURE__ */ s3Error('InvalidStorageClass');
export const InvalidRange = /* @__PURE__ */ s3Error('InvalidRange');
export const PreconditionFailed = /* @__PURE__ */ s3Error('PreconditionFailed');
export const ServiceUnavailable = /* @__PURE__ */ s3Error('ServiceUnavailable', 'server');

// Multipart uploads.
export const InvalidPart = /* @__PURE__ */ s3Error('InvalidPart');
export const EntityTooSmall = /* @__PURE__ */ s3Error('EntityTooSmall');
export const NoSuchUpload = /* @__PURE__ */ s3Error('NoSuchUpload');
export const MalformedXML = /* @__PURE__ */ s3Error('MalformedXML');
export const InvalidPartOrder = /* @__PURE__ */ s3Error('InvalidPartOrder');

// Bucket policy.
export const MalformedPolicy = /* @__PURE__ */ s3Error('MalformedPolicy');
export const NoSuchBucketPolicy = /* @__PURE__ */ s3Error('NoSuchBucketPolicy');

// HEAD answers carry no body: the code comes from the status (as in the AWS SDKs).
/** 404 on HeadBucket / HeadObject. */
export const NotFound = /* @__PURE__ */ s3Error('NotFound');
/** 403 on a HEAD request. */
export const Forbidden = /* @__PURE__ */ s3Error('Forbidden');
/** 304 for If-None-Match / If-Modified-Since on GetObject or HeadObject. */
export const NotModified = /* @__PURE__ */ s3Error('NotModified');
/** 400 on a HEAD request. */
export const BadRequest = /* @__PURE__ */ s3Error('BadRequest');

/** The errors any S4 request may answer with (document 004, common error tables). */
export const COMMON_ERRORS = [
  InvalidURI,
  NoSuchAccessPoint,
  InvalidAction,
  InternalError,
  AccountProblem,
  IncompleteSignature,
  InternalFailure,
  InvalidAccessKeyId,
  InvalidRequest,
  MissingParameter,
  MissingSecurityHeader,
  SignatureDoesNotMatch,
  AccessDenied,
  RequestTimeTooSkewed,
  ValidationError,
  AuthorizationQueryParametersError,
  NoSuchBucket,
  NoSuchKey,
  RequestTimeout,
] as const;

/** For HEAD requests, whose errors are only a status. */
export const HEAD_ERRORS = [NotFound, Forbidden, BadRequest, PreconditionFailed, NotModified, InvalidRange] as const;
