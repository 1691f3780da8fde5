// @skiff/mediastore: the AWS Elemental MediaStore control plane (API 2017-09-01).
export { MediaStoreClient, type MediaStoreClientConfig } from './MediaStoreClient.js';
export { mediaStoreService } from './service.js';

export { CreateContainer, CreateContainerCommand, type CreateContainerInput, type CreateContainerOutput } from './operations/createContainer.js';
export { DeleteContainer, DeleteContainerCommand, type DeleteContainerInput, type DeleteContainerOutput } from './operations/deleteContainer.js';
export { DeleteContainerPolicy, DeleteContainerPolicyCommand, type DeleteContainerPolicyInput, type DeleteContainerPolicyOutput } from './operations/deleteContainerPolicy.js';
export { DeleteCorsPolicy, DeleteCorsPolicyCommand, type DeleteCorsPolicyInput, type DeleteCorsPolicyOutput } from './operations/deleteCorsPolicy.js';
export { DeleteLifecyclePolicy, DeleteLifecyclePolicyCommand, type DeleteLifecyclePolicyInput, type DeleteLifecyclePolicyOutput } from './operations/deleteLifecyclePolicy.js';
export { DeleteMetricPolicy, DeleteMetricPolicyCommand, type DeleteMetricPolicyInput, type DeleteMetricPolicyOutput } from './operations/deleteMetricPolicy.js';
export { DescribeContainer, DescribeContainerCommand, type DescribeContainerInput, type DescribeContainerOutput } from './operations/describeContainer.js';
export { GetContainerPolicy, GetContainerPolicyCommand, type GetContainerPolicyInput, type GetContainerPolicyOutput } from './operations/getContainerPolicy.js';
export { GetCorsPolicy, GetCorsPolicyCommand, type GetCorsPolicyInput, type GetCorsPolicyOutput } from './operations/getCorsPolicy.js';
export { GetLifecyclePolicy, GetLifecyclePolicyCommand, type GetLifecyclePolicyInput, type GetLifecyclePolicyOutput } from './operations/getLifecyclePolicy.js';
export { GetMetricPolicy, GetMetricPolicyCommand, type GetMetricPolicyInput, type GetMetricPolicyOutput } from './operations/getMetricPolicy.js';
export { ListContainers, ListContainersCommand, type ListContainersInput, type ListContainersOutput } from './operations/listContainers.js';
export { ListTagsForResource, ListTagsForResourceCommand, type ListTagsForResourceInput, type ListTagsForResourceOutput } from './operations/listTagsForResource.js';
export { PutContainerPolicy, PutContainerPolicyCommand, type PutContainerPolicyInput, type PutContainerPolicyOutput } from './operations/putContainerPolicy.js';
export { PutCorsPolicy, PutCorsPolicyCommand, type PutCorsPolicyInput, type PutCorsPolicyOutput } from './operations/putCorsPolicy.js';
export { PutLifecyclePolicy, PutLifecyclePolicyCommand, type PutLifecyclePolicyInput, type PutLifecyclePolicyOutput } from './operations/putLifecyclePolicy.js';
export { PutMetricPolicy, PutMetricPolicyCommand, type PutMetricPolicyInput, type PutMetricPolicyOutput } from './operations/putMetricPolicy.js';
export { StartAccessLogging, StartAccessLoggingCommand, type StartAccessLoggingInput, type StartAccessLoggingOutput } from './operations/startAccessLogging.js';
export { StopAccessLogging, StopAccessLoggingCommand, type StopAccessLoggingInput, type StopAccessLoggingOutput } from './operations/stopAccessLogging.js';
export { TagResource, TagResourceCommand, type TagResourceInput, type TagResourceOutput } from './operations/tagResource.js';
export { UntagResource, UntagResourceCommand, type UntagResourceInput, type UntagResourceOutput } from './operations/untagResource.js';

export {
  ContainerLevelMetrics,
  ContainerStatus,
  MethodName,
  type Container,
  type CorsRule,
  type MetricPolicy,
  type MetricPolicyRule,
  type Tag,
} from './shapes.js';
export * from './errors.js';
export { paginateListContainers } from './paginators.js';
export { waitUntilContainerActive, waitUntilContainerNotExists } from './waiters.js';

// The core pieces a MediaStore user touches: errors to catch, configuration types, the
// credential providers, and the paginator/waiter result types.
export {
  AbortError,
  NetworkError,
  PaginationError,
  ParamValidationError,
  ResponseParseError,
  ServiceError,
  // The AWS SDK v3 name of the base class of this service's errors.
  ServiceError as MediaStoreServiceException,
  SkiffError,
  TimeoutError,
  WaiterError,
  isServiceError,
  chain,
  defaultProvider,
  fromEnv,
  fromIni,
  type ClientConfig,
  type ClientHooks,
  type CredentialProvider,
  type Credentials,
  type HttpRequest,
  type HttpResponse,
  type Logger,
  type Page,
  type PaginationConfig,
  type RetryOptions,
  type SendOptions,
  type Transport,
  type ValidationIssue,
  type WaiterConfig,
  type WaiterResult,
} from '@skiff/core';
export type * from './commandTypes.js';
export * from './v3Aliases.js';
