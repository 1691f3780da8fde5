// @skiff/s4-iam: the IAM policy actions of MEGA S4 (Query protocol, signing name `iam`).
export { IAMClient, type IAMClientConfig } from './IAMClient.js';
export { iamService, IAM_API_VERSION } from './service.js';
export { regionOfS4Endpoint, S4_REGIONS, GLOBAL_S4_REGION } from './s4Region.js';
export { decodePolicyDocument, MAX_MARKER, type AttachedPolicy, type Policy, type PolicyVersion, type Tag } from './shapes.js';

export { GetPolicy, GetPolicyCommand, type GetPolicyInput, type GetPolicyOutput } from './operations/getPolicy.js';
export { GetPolicyVersion, GetPolicyVersionCommand, type GetPolicyVersionInput, type GetPolicyVersionOutput } from './operations/getPolicyVersion.js';
export { ListPolicies, ListPoliciesCommand, type ListPoliciesInput, type ListPoliciesOutput } from './operations/listPolicies.js';
export {
  ListAttachedUserPolicies,
  ListAttachedUserPoliciesCommand,
  type ListAttachedUserPoliciesInput,
  type ListAttachedUserPoliciesOutput,
} from './operations/listAttachedUserPolicies.js';
export {
  ListAttachedGroupPolicies,
  ListAttachedGroupPoliciesCommand,
  type ListAttachedGroupPoliciesInput,
  type ListAttachedGroupPoliciesOutput,
} from './operations/listAttachedGroupPolicies.js';
export { AttachUserPolicy, AttachUserPolicyCommand, type AttachUserPolicyInput, type AttachUserPolicyOutput } from './operations/attachUserPolicy.js';
export { AttachGroupPolicy, AttachGroupPolicyCommand, type AttachGroupPolicyInput, type AttachGroupPolicyOutput } from './operations/attachGroupPolicy.js';
export { DetachUserPolicy, DetachUserPolicyCommand, type DetachUserPolicyInput, type DetachUserPolicyOutput } from './operations/detachUserPolicy.js';
export { DetachGroupPolicy, DetachGroupPolicyCommand, type DetachGroupPolicyInput, type DetachGroupPolicyOutput } from './operations/detachGroupPolicy.js';

export { paginateListPolicies, paginateListAttachedUserPolicies, paginateListAttachedGroupPolicies } from './paginators.js';

export * from './errors.js';

// The core pieces users of this package need, so one import serves.
export {
  AbortError,
  NetworkError,
  PaginationError,
  ParamValidationError,
  ResponseParseError,
  ServiceError,
  TimeoutError,
  CredentialsError,
  chain,
  defaultProvider,
  fromEnv,
  fromIni,
  isServiceError,
  type ClientHooks,
  type CredentialProvider,
  type Credentials,
  type HttpRequest,
  type HttpResponse,
  type Logger,
  type MetadataBearer,
  type Page,
  type PaginationConfig,
  type ResponseMetadata,
  type SendOptions,
  type Transport,
  type ValidationIssue,
} from '@skiff/core';
export type * from './commandTypes.js';
export { PolicyScopeType, PolicyUsageType } from './enums.js';
export * from './v3Aliases.js';
