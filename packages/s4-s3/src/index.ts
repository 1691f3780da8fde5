// @skiff/s4-s3: the MEGA S4 S3 API (document 004).
export { S3Client, type S3ClientConfig } from './S3Client.js';
export { S3Presigner, type S3PresignerConfig } from './S3Presigner.js';
export { s3Service, s3Requests, s4Endpoint, regionOfS4Host, S4_REGIONS } from './service.js';

export * from './operations/listBuckets.js';
export * from './operations/createBucket.js';
export * from './operations/deleteBucket.js';
export * from './operations/headBucket.js';
export * from './operations/listObjects.js';
export * from './operations/listObjectsV2.js';
export * from './operations/putObject.js';
export * from './operations/copyObject.js';
export * from './operations/getObject.js';
export * from './operations/headObject.js';
export * from './operations/deleteObject.js';
export * from './operations/createMultipartUpload.js';
export * from './operations/uploadPart.js';
export * from './operations/completeMultipartUpload.js';
export * from './operations/abortMultipartUpload.js';
export * from './operations/putBucketPolicy.js';
export * from './operations/getBucketPolicy.js';
export * from './operations/deleteBucketPolicy.js';
// Beyond document 004's subset, for S3-compatible servers.
export * from './operations/listParts.js';
export * from './operations/uploadPartCopy.js';
export * from './operations/deleteObjects.js';

export * from './errors.js';
export { paginateListObjects, paginateListObjectsV2, paginateListParts } from './paginators.js';
export { waitUntilBucketExists, waitUntilBucketNotExists, waitUntilObjectExists, waitUntilObjectNotExists } from './waiters.js';
export { Upload, MIN_PART_SIZE, type UploadOptions, type UploadParams, type UploadOutput, type Progress } from './Upload.js';
export { getSignedUrl, type SignedUrlOptions } from './getSignedUrl.js';
export { copySource } from './copySource.js';
export { isDnsSafeBucket, isValidBucketName } from './names.js';
export type { CommonPrefix, Owner, S3Object, _Object, StreamingBlobInput } from './shapes.js';

// Core pieces users of this package need, so they never import @skiff/core themselves.
export {
  AbortError,
  IntegrityError,
  NetworkError,
  PaginationError,
  ParamValidationError,
  ResponseParseError,
  ServiceError,
  TimeoutError,
  WaiterError,
  isServiceError,
  type ClientConfig,
  type Command,
  type Credentials,
  type CredentialProvider,
  type HttpRequest,
  type HttpResponse,
  type Page,
  type PaginationConfig,
  type StreamingBody,
  type Transport,
  type ValidationIssue,
  type WaiterConfig,
  type WaiterResult,
} from '@skiff/core';
export type * from './commandTypes.js';
export { ObjectStorageClass, StorageClass } from './enums.js';
export * from './v3Aliases.js';
