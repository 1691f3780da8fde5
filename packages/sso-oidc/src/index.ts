// @skiff/sso-oidc: IAM Identity Center OIDC (restJson1), CreateToken (unsigned). The
// credential chain of @skiff/core loads this package only to refresh an expired SSO token.
export { SSOOIDCClient, type SSOOIDCClientConfig } from './SSOOIDCClient.js';
export { ssoOidcService, SSO_OIDC_API_VERSION } from './service.js';
export { CreateToken, CreateTokenCommand, type CreateTokenInput, type CreateTokenOutput } from './operations/createToken.js';
export * from './errors.js';
