// @skiff/sso: the IAM Identity Center (SSO) portal API (restJson1, unsigned: a bearer token
// authorises each call). The credential chain of @skiff/core loads this package only when a
// profile uses SSO.
export { SSOClient, type SSOClientConfig } from './SSOClient.js';
export { ssoService, SSO_API_VERSION } from './service.js';
export {
  GetRoleCredentials,
  GetRoleCredentialsCommand,
  type GetRoleCredentialsInput,
  type GetRoleCredentialsOutput,
  type RoleCredentials,
} from './operations/getRoleCredentials.js';
export * from './errors.js';
