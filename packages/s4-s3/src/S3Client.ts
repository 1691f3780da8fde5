import { Client, type ClientConfig, type Operation } from '@skiff/core';
import { isDnsSafeBucket } from './names.js';
import { markVirtualHosted, regionOfS4Host, s3Service, s4Endpoint } from './service.js';

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
    const fromHost = config.region === undefined && config.endpoint ? regionOfS4Host(hostOf(config.endpoint)) : undefined;
    super(s3Service, fromHost ? { ...config, region: fromHost } : config);
  }

  /** The signing region: `g` (the s3.g.s4.mega.io alias) signs as eu-central-1. */
  protected override requireRegion(): string {
    const r = super.requireRegion();
    return r === 'g' ? 'eu-central-1' : r;
  }

  protected override resolveEndpoint(op: Operation<unknown, unknown>, input: unknown): URL {
    const url = new URL(this.config.endpoint ?? s4Endpoint(super.requireRegion()));
    const bucket = (input as { Bucket?: unknown } | undefined)?.Bucket;
    if (typeof bucket === 'string' && op.http?.path.includes('{Bucket}') && this.virtualHosted(bucket, url)) {
      url.hostname = `${bucket}.${url.hostname}`;
      return markVirtualHosted(url);
    }
    return url;
  }

  private virtualHosted(bucket: string, url: URL): boolean {
    if (this.config.forcePathStyle) return false;
    const host = url.hostname;
    if (host === 'localhost' || host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return false;
    return isDnsSafeBucket(bucket, url.protocol === 'https:');
  }
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).hostname;
  } catch {
    return '';
  }
}
