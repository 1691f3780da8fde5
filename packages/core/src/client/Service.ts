import type { ServiceErrorClass } from '../errors/ServiceError.js';
import type { Operation } from '../operation/Operation.js';
import type { Protocol, RequestProtocol } from '../protocols/Protocol.js';
import type { BaseConfig } from './ClientConfig.js';

/** What building and signing a request needs: all a presigner holds. */
export interface RequestSpec {
  /** Shown in messages and the user agent. */
  name: string;
  /** The SDK service ID (`MediaStore Data`) when it differs from `name`: it names the
   * AWS_ENDPOINT_URL_<SERVICE> variable and the shared config's `services` key. */
  serviceId?: string;
  /** The package's version, named in the user agent (`api/kinesis#0.1.0`). */
  version?: string;
  signingName: string;
  /** The request half of the protocol at least. */
  protocol: RequestProtocol;
  /** The default endpoint for a region. */
  endpoint(region: string): string;
  /** The endpoint of one request, when it depends on the input (S3's virtual-hosted buckets). */
  resolveEndpoint?(endpoint: URL, op: Operation<unknown, unknown>, input: unknown, config: BaseConfig): URL;
  /** The region to sign with, when a configured name is an alias (S4's `g`). */
  signingRegion?(region: string): string;
  /** S3-style signing: no path normalisation or double encoding; x-amz-content-sha256 always. */
  s3Signing?: boolean;
}

/** Service-wide facts, declared once in each package's service.ts. */
export interface ServiceSpec extends RequestSpec {
  protocol: Protocol;
  /** Errors any operation may return (the documents' common errors). */
  errors?: readonly ServiceErrorClass[];
  /** The package's `<Service>ServiceException`: the class of codes no class declares, and an
   * `instanceof` match for every error of this service (defineServiceException). */
  exception?: ServiceErrorClass;
  /** Error codes that mean "slow down": retried with backoff, marked throttling. */
  throttlingCodes?: readonly string[];
  /** Error codes worth a retry besides 5xx and throttling. */
  transientCodes?: readonly string[];
}
