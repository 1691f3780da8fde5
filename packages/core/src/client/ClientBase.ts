import { completeConfig } from '#platform';
import type { CredentialProvider } from '../credentials/Credentials.js';
import { resolveCredentials } from '../credentials/providers.js';
import { SkiffError } from '../errors/SkiffError.js';
import type { InputSchema, Operation, UploadCheck } from '../operation/Operation.js';
import type { SigningContext } from '../signing/SigningContext.js';
import { validateInput } from '../validation/validate.js';
import type { BaseConfig } from './ClientConfig.js';
import { prepareRequest, type PreparedRequest } from './prepareRequest.js';
import type { RequestSpec } from './Service.js';

/**
 * Everything a client does before the wire: configuration, credentials, region, endpoint,
 * validation, serialization and the signing context. `Client` adds the send path (transport,
 * retries, response parsing). A presigner is a ClientBase alone, so a bundle that only hands
 * out URLs carries none of that (S3Presigner, MediaStoreDataPresigner).
 */
export class ClientBase<C extends BaseConfig = BaseConfig> {
  readonly config: C;
  protected readonly service: RequestSpec;
  protected readonly credentials: CredentialProvider & { invalidate(): void };
  /** Server time minus local time, learned from a clock-skew error. */
  skewMs = 0;
  /** Whether region and endpoint have been completed from the shared config (once, on first need). */
  private settled = false;

  constructor(service: RequestSpec, config: C) {
    this.service = service;
    this.config = { ...config };
    this.config.region ??= envRegion();
    this.credentials = resolveCredentials(config.credentials);
  }

  /** The endpoint for one request: the service's rule (S3 virtual-hosted buckets) or the configured one. */
  protected resolveEndpoint(op: Operation<unknown, unknown>, input: unknown): URL {
    this.settle();
    const base = new URL(this.config.endpoint ?? this.service.endpoint(this.configuredRegion()));
    return this.service.resolveEndpoint ? this.service.resolveEndpoint(base, op, input, this.config) : base;
  }

  /**
   * Fills a region and endpoint the config left out from the profile and the environment
   * (client/configuredSettings.ts; nothing outside Node). Done on the first request, not in
   * the constructor, so that building a client reads no file.
   */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    completeConfig(this.config, this.service.serviceId ?? this.service.name);
  }

  /** The region as configured, which picks the default endpoint. */
  protected configuredRegion(): string {
    this.settle();
    if (!this.config.region) throw new SkiffError(`${this.service.name}: a region is required (config.region or AWS_REGION)`);
    return this.config.region;
  }

  /** The region requests are signed for (S4's `g` alias signs as eu-central-1). */
  protected requireRegion(): string {
    const region = this.configuredRegion();
    return this.service.signingRegion?.(region) ?? region;
  }

  /**
   * Validates, serializes and resolves the endpoint: everything before signing. When `sending`,
   * an operation's upload check (see UploadCheck) swaps in the body it watches, and comes back
   * as `check` for the send to verify the output with.
   */
  async prepare<I, O>(op: Operation<I, O>, rawInput: I, sending = false): Promise<{ prepared: PreparedRequest; input: I; check?: Awaited<ReturnType<UploadCheck<I, O>>> }> {
    let input = this.config.validation === false ? rawInput : validateInput(op.schema() as InputSchema<I>, rawInput, op.name);
    // No await without a check: a send without one takes no extra turn.
    const check = sending && op.uploadCheck ? await op.uploadCheck(input) : undefined;
    if (check) input = check.input;
    const o = op as Operation<unknown, unknown>;
    return { prepared: await prepareRequest(this.service, o, input, this.resolveEndpoint(o, input)), input, check };
  }

  /** The signing time: the configured clock, corrected by any skew the server reported. */
  signingDate(): Date {
    return new Date((this.config.clock?.() ?? new Date()).getTime() + this.skewMs);
  }

  /**
   * What signing needs besides the request and the payload rule: the credentials (refreshed
   * when due), the signing time, region and name, and whether S3's rules apply.
   */
  async signingContext(): Promise<Omit<SigningContext, 'payload'>> {
    return { credentials: await this.credentials(), date: this.signingDate(), region: this.requireRegion(), service: this.service.signingName, s3: this.service.s3Signing };
  }
}

function envRegion(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.AWS_REGION ?? env?.AWS_DEFAULT_REGION;
}
