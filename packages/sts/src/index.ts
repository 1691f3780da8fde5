// @skiff/sts: AWS STS (Query protocol, signing name `sts`). The credential chain of
// @skiff/core loads this package only when a profile assumes a role or a web identity.
export { STSClient, type STSClientConfig } from './STSClient.js';
export { stsService, STS_API_VERSION } from './service.js';
export type { AssumedRoleUser, StsCredentials } from './shapes.js';
export { AssumeRole, AssumeRoleCommand, type AssumeRoleInput, type AssumeRoleOutput } from './operations/assumeRole.js';
export {
  AssumeRoleWithWebIdentity,
  AssumeRoleWithWebIdentityCommand,
  type AssumeRoleWithWebIdentityInput,
  type AssumeRoleWithWebIdentityOutput,
} from './operations/assumeRoleWithWebIdentity.js';
export { GetCallerIdentity, GetCallerIdentityCommand, type GetCallerIdentityInput, type GetCallerIdentityOutput } from './operations/getCallerIdentity.js';
export * from './errors.js';
