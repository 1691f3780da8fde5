// @skiff/mediastore-data: the AWS Elemental MediaStore data plane (000, 002).
export { MediaStoreDataClient, type MediaStoreDataClientConfig } from './MediaStoreDataClient.js';
export { MediaStoreDataPresigner, type MediaStoreDataPresignerConfig } from './MediaStoreDataPresigner.js';
export { dataClientForContainer, ContainerNotActiveError, type ContainerDescription } from './dataClientForContainer.js';
export { getSignedUrl, type GetSignedUrlOptions } from './getSignedUrl.js';
export { paginateListItems } from './paginators.js';
export { mediaStoreDataRequests, mediaStoreDataService } from './service.js';

export { DeleteObject, DeleteObjectCommand, type DeleteObjectInput, type DeleteObjectOutput } from './operations/deleteObject.js';
export { DescribeObject, DescribeObjectCommand, type DescribeObjectInput, type DescribeObjectOutput } from './operations/describeObject.js';
export { GetObject, GetObjectCommand, type GetObjectInput, type GetObjectOutput } from './operations/getObject.js';
export { ListItems, ListItemsCommand, type ListItemsInput, type ListItemsOutput } from './operations/listItems.js';
export {
  PutObject,
  PutObjectCommand,
  MAX_OBJECT_BYTES,
  MAX_STREAMING_OBJECT_BYTES,
  type PutObjectBody,
  type PutObjectInput,
  type PutObjectOutput,
} from './operations/putObject.js';
export { ItemType, StorageClass, UploadAvailability, type Item } from './shapes.js';

export * from './errors.js';

// Core pieces a user of this package needs, so one import does.
export {
  AbortError,
  CredentialsError,
  IntegrityError,
  NetworkError,
  PaginationError,
  ParamValidationError,
  ResponseParseError,
  ServiceError,
  SkiffError,
  TimeoutError,
  chain,
  defaultProvider,
  fromEnv,
  fromIni,
  isServiceError,
  type ClientConfig,
  type CredentialProvider,
  type Credentials,
  type HttpRequest,
  type HttpResponse,
  type Page,
  type PaginationConfig,
  type SendOptions,
  type StreamingBody,
  type Transport,
  type ValidationIssue,
} from '@skiff/core';
export type * from './commandTypes.js';
export * from './v3Aliases.js';
