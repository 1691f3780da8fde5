import { redactDeep } from './redact.js';
import { SkiffError } from './SkiffError.js';

export interface ServiceErrorOptions {
  name: string;
  message: string;
  $fault: 'client' | 'server';
  $metadata: SkiffError['$metadata'];
  $retryable?: { throttling: boolean };
  /** Extra members of the error body (e.g. S3's BucketName, Key), kept for the caller. */
  details?: Record<string, unknown>;
}

/**
 * An error the service returned. `name` is the service's error code. Each service package
 * exports a subclass per documented code, so `instanceof` works; `isServiceError(e, code)`
 * works without a class.
 */
export class ServiceError extends SkiffError {
  readonly $service: true = true;
  details?: Record<string, unknown>;

  constructor(opts: ServiceErrorOptions) {
    super(opts.message);
    this.name = opts.name;
    this.$fault = opts.$fault;
    this.$metadata = opts.$metadata;
    if (opts.$retryable) this.$retryable = opts.$retryable;
    // Details are the service's words, which may echo the request: redacted like the message.
    if (opts.details && Object.keys(opts.details).length) this.details = redactDeep(opts.details);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), details: this.details };
  }
}

export type ServiceErrorClass = new (opts: ServiceErrorOptions) => ServiceError;

/**
 * Declares an error class for one documented code. The class's `name` is the code, so a
 * subclass check and a name check agree.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineServiceError<N extends string>(code: N, fault: 'client' | 'server' = 'client', retryable?: { throttling: boolean }) {
  // The statics are assigned, not declared as static fields: a class with fields gets an
  // initializer function of its own, and a service package defines dozens of these classes
  // on import (S3 42), so that cost about a tenth of a millisecond at every start.
  const cls = class extends ServiceError {};
  Object.defineProperty(cls, 'name', { value: code });
  return Object.assign(cls, { code, fault, retryable }) as unknown as ServiceErrorClass & {
    readonly code: N;
    readonly fault: 'client' | 'server';
    readonly retryable?: { throttling: boolean };
  };
}

export function isServiceError(e: unknown, code?: string): e is ServiceError {
  return e instanceof Error && (e as { $service?: boolean }).$service === true && (code === undefined || e.name === code);
}
