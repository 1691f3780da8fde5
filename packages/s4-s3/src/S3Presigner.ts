import { ClientBase, type BaseConfig } from '@skiff/core';
import { s3Config, s3Requests } from './service.js';

export interface S3PresignerConfig extends BaseConfig {
  /** As S3Client's: true keeps the bucket in the path. */
  forcePathStyle?: boolean;
}

/**
 * Makes presigned URLs as an S3Client does (same region, endpoint, addressing and checks),
 * but cannot send: it holds no transport, retries or response parsing. For browser bundles
 * that only hand out URLs, where it is about 30% smaller than a client (BENCHMARKS.md).
 * `getSignedUrl(presigner, command)` takes it in place of a client.
 */
export class S3Presigner extends ClientBase<S3PresignerConfig> {
  constructor(config: S3PresignerConfig = {}) {
    super(s3Requests, s3Config(config));
  }
}
