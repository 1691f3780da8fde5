// The errors of SSO OIDC CreateToken
// (https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html#API_CreateToken_Errors;
// codes and statuses as botocore's sso-oidc 2019-06-10 model gives them). Their bodies carry
// OAuth's `error` and `error_description` rather than a `message`.
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it. */
export const SSOOIDCServiceException = /* @__PURE__ */ defineServiceException('SSOOIDCServiceException');
export type SSOOIDCServiceException = InstanceType<typeof SSOOIDCServiceException>;

/* @__NO_SIDE_EFFECTS__ */
function oidcError<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, SSOOIDCServiceException);
}

/** 400 `access_denied`: not sufficient access. */
export const AccessDeniedException = /* @__PURE__ */ oidcError('AccessDeniedException');
/** 400 `authorization_pending`: the device authorization is not yet approved. */
export const AuthorizationPendingException = /* @__PURE__ */ oidcError('AuthorizationPendingException');
/** 400 `expired_token`: the token (device code, refresh token) has expired. */
export const ExpiredTokenException = /* @__PURE__ */ oidcError('ExpiredTokenException');
/** 500 `server_error`: an error in the service (retried). */
export const InternalServerException = /* @__PURE__ */ oidcError('InternalServerException', 'server');
/** 401 `invalid_client`: the clientId or clientSecret is invalid, or the registration expired. */
export const InvalidClientException = /* @__PURE__ */ oidcError('InvalidClientException');
/** 400 `invalid_grant`: the grant (refresh token, device code) is invalid. */
export const InvalidGrantException = /* @__PURE__ */ oidcError('InvalidGrantException');
/** 400 `invalid_request`: a required parameter is missing or out of range. */
export const InvalidRequestException = /* @__PURE__ */ oidcError('InvalidRequestException');
/** 400 `invalid_scope`: the scope is invalid. */
export const InvalidScopeException = /* @__PURE__ */ oidcError('InvalidScopeException');
/** 400 `slow_down`: polling too fast (retried with throttling backoff). */
export const SlowDownException = /* @__PURE__ */ oidcError('SlowDownException', 'client', { throttling: true });
/** 400 `unauthorized_client`: the client may not use this grant. */
export const UnauthorizedClientException = /* @__PURE__ */ oidcError('UnauthorizedClientException');
/** 400 `unsupported_grant_type`: the grantType is not supported. */
export const UnsupportedGrantTypeException = /* @__PURE__ */ oidcError('UnsupportedGrantTypeException');
