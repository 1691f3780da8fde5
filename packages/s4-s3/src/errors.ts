// One class per error code of document 004 (the common tables and each operation's table),
// so `err instanceof NoSuchKey` works; `isServiceError(err, 'NoSuchKey')` works without one.
import { defineServiceError } from '@skiff/core';

// Common errors: any S4 request (parsing, authorization, policy validation).
export const InvalidURI = /* @__PURE__ */ defineServiceError('InvalidURI');
export const NoSuchAccessPoint = /* @__PURE__ */ defineServiceError('NoSuchAccessPoint');
export const InvalidAction = /* @__PURE__ */ defineServiceError('InvalidAction');
export const InternalError = /* @__PURE__ */ defineServiceError('InternalError', 'server');
export const AccountProblem = /* @__PURE__ */ defineServiceError('AccountProblem');
export const IncompleteSignature = /* @__PURE__ */ defineServiceError('IncompleteSignature');
export const InternalFailure = /* @__PURE__ */ defineServiceError('InternalFailure', 'server');
export const InvalidAccessKeyId = /* @__PURE__ */ defineServiceError('InvalidAccessKeyId');
export const InvalidRequest = /* @__PURE__ */ defineServiceError('InvalidRequest');
export const MissingParameter = /* @__PURE__ */ defineServiceError('MissingParameter');
export const MissingSecurityHeader = /* @__PURE__ */ defineServiceError('MissingSecurityHeader');
export const SignatureDoesNotMatch = /* @__PURE__ */ defineServiceError('SignatureDoesNotMatch');
export const AccessDenied = /* @__PURE__ */ defineServiceError('AccessDenied');
export const RequestTimeTooSkewed = /* @__PURE__ */ defineServiceError('RequestTimeTooSkewed');
/** The service's own ValidationError (client-side checks throw ParamValidationError). */
export const ValidationError = /* @__PURE__ */ defineServiceError('ValidationError');
export const AuthorizationQueryParametersError = /* @__PURE__ */ defineServiceError('AuthorizationQueryParametersError');
export const NoSuchBucket = /* @__PURE__ */ defineServiceError('NoSuchBucket');
export const NoSuchKey = /* @__PURE__ */ defineServiceError('NoSuchKey');
export const RequestTimeout = /* @__PURE__ */ defineServiceError('RequestTimeout');

// Bucket operations.
export const BucketAlreadyOwnedByYou = /* @__PURE__ */ defineServiceError('BucketAlreadyOwnedByYou');
/** S4 never returns it (no shared namespace), S3-compatible servers do. */
export const BucketAlreadyExists = /* @__PURE__ */ defineServiceError('BucketAlreadyExists');
export const InvalidBucketName = /* @__PURE__ */ defineServiceError('InvalidBucketName');
export const BucketNotEmpty = /* @__PURE__ */ defineServiceError('BucketNotEmpty');
export const InvalidArgument = /* @__PURE__ */ defineServiceError('InvalidArgument');

// Objects.
export const BadDigest = /* @__PURE__ */ defineServiceError('BadDigest');
export const InvalidDigest = /* @__PURE__ */ defineServiceError('InvalidDigest');
export const MethodNotAllowed = /* @__PURE__ */ defineServiceError('MethodNotAllowed');
export const InvalidStorageClass = /* @__PURE__ */ defineServiceError('InvalidStorageClass');
export const InvalidRange = /* @__PURE__ */ defineServiceError('InvalidRange');
export const PreconditionFailed = /* @__PURE__ */ defineServiceError('PreconditionFailed');
export const ServiceUnavailable = /* @__PURE__ */ defineServiceError('ServiceUnavailable', 'server');

// Multipart uploads.
export const InvalidPart = /* @__PURE__ */ defineServiceError('InvalidPart');
export const EntityTooSmall = /* @__PURE__ */ defineServiceError('EntityTooSmall');
export const NoSuchUpload = /* @__PURE__ */ defineServiceError('NoSuchUpload');
export const MalformedXML = /* @__PURE__ */ defineServiceError('MalformedXML');
export const InvalidPartOrder = /* @__PURE__ */ defineServiceError('InvalidPartOrder');

// Bucket policy.
export const MalformedPolicy = /* @__PURE__ */ defineServiceError('MalformedPolicy');
export const NoSuchBucketPolicy = /* @__PURE__ */ defineServiceError('NoSuchBucketPolicy');

// HEAD answers carry no body: the code comes from the status (as in the AWS SDKs).
/** 404 on HeadBucket / HeadObject. */
export const NotFound = /* @__PURE__ */ defineServiceError('NotFound');
/** 403 on a HEAD request. */
export const Forbidden = /* @__PURE__ */ defineServiceError('Forbidden');
/** 304 for If-None-Match / If-Modified-Since on GetObject or HeadObject. */
export const NotModified = /* @__PURE__ */ defineServiceError('NotModified');
/** 400 on a HEAD request. */
export const BadRequest = /* @__PURE__ */ defineServiceError('BadRequest');

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
