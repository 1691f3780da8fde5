import type { ServiceErrorClass } from '../errors/ServiceError.js';
import type { Protocol } from '../protocols/Protocol.js';

/** Service-wide facts, declared once in each package's service.ts. */
export interface ServiceSpec {
  /** Shown in messages and the user agent. */
  name: string;
  signingName: string;
  protocol: Protocol;
  /** The default endpoint for a region. */
  endpoint(region: string): string;
  /** Errors any operation may return (the documents' common errors). */
  errors?: readonly ServiceErrorClass[];
  /** Error codes that mean "slow down": retried with backoff, marked throttling. */
  throttlingCodes?: readonly string[];
  /** Error codes worth a retry besides 5xx and throttling. */
  transientCodes?: readonly string[];
  /** S3-style signing: no path normalisation or double encoding; x-amz-content-sha256 always. */
  s3Signing?: boolean;
}
