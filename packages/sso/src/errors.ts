// The errors of the SSO portal API
// (https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html#API_GetRoleCredentials_Errors;
// codes and statuses as botocore's sso 2019-06-10 model gives them).
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it. */
export const SSOServiceException = /* @__PURE__ */ defineServiceException('SSOServiceException');
export type SSOServiceException = InstanceType<typeof SSOServiceException>;

/* @__NO_SIDE_EFFECTS__ */
function ssoError<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, SSOServiceException);
}

/** 400: a problem with the input (a parameter missing or out of range). */
export const InvalidRequestException = /* @__PURE__ */ ssoError('InvalidRequestException');
/** 404: the resource does not exist (no such role assigned in that account). */
export const ResourceNotFoundException = /* @__PURE__ */ ssoError('ResourceNotFoundException');
/** 429: requests too frequent (retried with throttling backoff). */
export const TooManyRequestsException = /* @__PURE__ */ ssoError('TooManyRequestsException', 'client', { throttling: true });
/** 401: not authorised, e.g. an invalid or expired access token. */
export const UnauthorizedException = /* @__PURE__ */ ssoError('UnauthorizedException');
