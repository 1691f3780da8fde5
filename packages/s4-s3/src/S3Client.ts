import { Client, type ClientConfig } from '@skiff/core';
import { s3Config, s3Service } from './service.js';

export interface S3ClientConfig extends ClientConfig {
  /**
   * true: the bucket always goes in the path (`https://host/bucket/key`). Default: in the
   * host (`https://bucket.host/key`) when the bucket name is one DNS label and the endpoint
   * host is a name; in the path otherwise (IP addresses, `localhost`, dotted names over TLS).
   */
  forcePathStyle?: boolean;
}

/**
 * The S4 S3 client. Region and endpoint (seed-decisions.md, "S4 region and endpoint"): the
 * region signs and picks `https://s3.<region>.s4.mega.io`; given only an S4 endpoint, the
 * region is read from its host; given both, `region` wins.
 */
export class S3Client extends Client<S3ClientConfig> {
  constructor(config: S3ClientConfig = {}) {
    super(s3Service, s3Config(config));
  }
}
