// One class per error code the S4 document gives for its IAM actions and for every S4
// service, plus the IAM API's own codes for these operations (LimitExceeded, ServiceFailure,
// PolicyNotAttachable) that a service speaking the IAM API may answer with.
// `err instanceof NoSuchEntity` and `isServiceError(err, 'NoSuchEntity')` agree.
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it: this package's
 * classes extend it, and `err instanceof IAMServiceException` holds as well for core's common classes
 * and for codes no class declares, when a IAM client returned them. */
export const IAMServiceException = /* @__PURE__ */ defineServiceException('IAMServiceException');
export type IAMServiceException = InstanceType<typeof IAMServiceException>;

/** defineServiceError with this package's base class. */
/* @__NO_SIDE_EFFECTS__ */
function iamError<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, IAMServiceException);
}

// S4 document, section 3 (IAM API): the codes of GetPolicy … DetachGroupPolicy.
/** The user, group, policy or policy version does not exist. */
export const NoSuchEntity = /* @__PURE__ */ iamError('NoSuchEntity');
/** The service's own input check failed (client-side checks throw ParamValidationError). */
export const ValidationError = /* @__PURE__ */ iamError('ValidationError');
/** The ARN is not valid. */
export const InvalidInput = /* @__PURE__ */ iamError('InvalidInput');
/** Marker or MaxItems is not an integer, or out of range. */
export const MalformedInput = /* @__PURE__ */ iamError('MalformedInput');
/** Attach/Detach: the PolicyArn does not exist. */
export const InvalidArgument = /* @__PURE__ */ iamError('InvalidArgument');
/** The account's internal representation prevents the action (technical support needed). */
export const AccountProblem = /* @__PURE__ */ iamError('AccountProblem');
/** Technical reasons on the service's side. */
export const InternalError = /* @__PURE__ */ iamError('InternalError', 'server');

// IAM API codes of these operations (IAM API Reference, 2010-05-08).
/** Too many policies attached to the user or group. */
export const LimitExceeded = /* @__PURE__ */ iamError('LimitExceeded');
/** The request failed because of an unknown error, exception or failure on the service side. */
export const ServiceFailure = /* @__PURE__ */ iamError('ServiceFailure', 'server');
/** The policy cannot be attached (AttachUserPolicy, AttachGroupPolicy). */
export const PolicyNotAttachable = /* @__PURE__ */ iamError('PolicyNotAttachable');

// S4 document, section 1 (common details): errors any S4 service may return.
export const InvalidURI = /* @__PURE__ */ iamError('InvalidURI');
export const NoSuchAccessPoint = /* @__PURE__ */ iamError('NoSuchAccessPoint');
export const InvalidAction = /* @__PURE__ */ iamError('InvalidAction');
export const IncompleteSignature = /* @__PURE__ */ iamError('IncompleteSignature');
export const InternalFailure = /* @__PURE__ */ iamError('InternalFailure', 'server');
export const InvalidAccessKeyId = /* @__PURE__ */ iamError('InvalidAccessKeyId');
export const InvalidRequest = /* @__PURE__ */ iamError('InvalidRequest');
export const MissingParameter = /* @__PURE__ */ iamError('MissingParameter');
export const MissingSecurityHeader = /* @__PURE__ */ iamError('MissingSecurityHeader');
export const SignatureDoesNotMatch = /* @__PURE__ */ iamError('SignatureDoesNotMatch');
export const AccessDenied = /* @__PURE__ */ iamError('AccessDenied');
export const RequestTimeTooSkewed = /* @__PURE__ */ iamError('RequestTimeTooSkewed');
export const AuthorizationQueryParametersError = /* @__PURE__ */ iamError('AuthorizationQueryParametersError');
// Listed among the common codes of every S4 service, although they name S3 resources.
export const NoSuchBucket = /* @__PURE__ */ iamError('NoSuchBucket');
export const NoSuchKey = /* @__PURE__ */ iamError('NoSuchKey');
/** "May occur at any moment in any service"; retried as transient. */
export const RequestTimeout = /* @__PURE__ */ iamError('RequestTimeout');
