// One class per error code the S4 document gives for its IAM actions and for every S4
// service, plus the IAM API's own codes for these operations (LimitExceeded, ServiceFailure,
// PolicyNotAttachable) that a service speaking the IAM API may answer with.
// `err instanceof NoSuchEntity` and `isServiceError(err, 'NoSuchEntity')` agree.
import { defineServiceError } from '@skiff/core';

// S4 document, section 3 (IAM API): the codes of GetPolicy … DetachGroupPolicy.
/** The user, group, policy or policy version does not exist. */
export const NoSuchEntity = /* @__PURE__ */ defineServiceError('NoSuchEntity');
/** The service's own input check failed (client-side checks throw ParamValidationError). */
export const ValidationError = /* @__PURE__ */ defineServiceError('ValidationError');
/** The ARN is not valid. */
export const InvalidInput = /* @__PURE__ */ defineServiceError('InvalidInput');
/** Marker or MaxItems is not an integer, or out of range. */
export const MalformedInput = /* @__PURE__ */ defineServiceError('MalformedInput');
/** Attach/Detach: the PolicyArn does not exist. */
export const InvalidArgument = /* @__PURE__ */ defineServiceError('InvalidArgument');
/** The account's internal representation prevents the action (technical support needed). */
export const AccountProblem = /* @__PURE__ */ defineServiceError('AccountProblem');
/** Technical reasons on the service's side. */
export const InternalError = /* @__PURE__ */ defineServiceError('InternalError', 'server');

// IAM API codes of these operations (IAM API Reference, 2010-05-08).
/** Too many policies attached to the user or group. */
export const LimitExceeded = /* @__PURE__ */ defineServiceError('LimitExceeded');
/** The request failed because of an unknown error, exception or failure on the service side. */
export const ServiceFailure = /* @__PURE__ */ defineServiceError('ServiceFailure', 'server');
/** The policy cannot be attached (AttachUserPolicy, AttachGroupPolicy). */
export const PolicyNotAttachable = /* @__PURE__ */ defineServiceError('PolicyNotAttachable');

// S4 document, section 1 (common details): errors any S4 service may return.
export const InvalidURI = /* @__PURE__ */ defineServiceError('InvalidURI');
export const NoSuchAccessPoint = /* @__PURE__ */ defineServiceError('NoSuchAccessPoint');
export const InvalidAction = /* @__PURE__ */ defineServiceError('InvalidAction');
export const IncompleteSignature = /* @__PURE__ */ defineServiceError('IncompleteSignature');
export const InternalFailure = /* @__PURE__ */ defineServiceError('InternalFailure', 'server');
export const InvalidAccessKeyId = /* @__PURE__ */ defineServiceError('InvalidAccessKeyId');
export const InvalidRequest = /* @__PURE__ */ defineServiceError('InvalidRequest');
export const MissingParameter = /* @__PURE__ */ defineServiceError('MissingParameter');
export const MissingSecurityHeader = /* @__PURE__ */ defineServiceError('MissingSecurityHeader');
export const SignatureDoesNotMatch = /* @__PURE__ */ defineServiceError('SignatureDoesNotMatch');
export const AccessDenied = /* @__PURE__ */ defineServiceError('AccessDenied');
export const RequestTimeTooSkewed = /* @__PURE__ */ defineServiceError('RequestTimeTooSkewed');
export const AuthorizationQueryParametersError = /* @__PURE__ */ defineServiceError('AuthorizationQueryParametersError');
// Listed among the common codes of every S4 service, although they name S3 resources.
export const NoSuchBucket = /* @__PURE__ */ defineServiceError('NoSuchBucket');
export const NoSuchKey = /* @__PURE__ */ defineServiceError('NoSuchKey');
/** "May occur at any moment in any service"; retried as transient. */
export const RequestTimeout = /* @__PURE__ */ defineServiceError('RequestTimeout');
