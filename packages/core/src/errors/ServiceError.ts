import { redactDeep } from './redact.js';
import { SkiffError } from './SkiffError.js';

/**
 * What a service error is built from. As with the AWS SDK v3's generated classes, `name` and
 * `$fault` default to the class's code and fault (`new NoSuchKey({ message, $metadata })`).
 */
export interface ServiceErrorOptions {
  name?: string;
  message: string;
  $fault?: 'client' | 'server';
  $metadata?: SkiffError['$metadata'];
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
    const cls = new.target as { code?: string; fault?: 'client' | 'server' };
    this.name = opts.name ?? cls.code ?? 'ServiceError';
    this.$fault = opts.$fault ?? cls.fault ?? 'client';
    if (opts.$metadata) this.$metadata = opts.$metadata;
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
export function defineServiceError<N extends string>(
  code: N,
  fault: 'client' | 'server' = 'client',
  retryable?: { throttling: boolean },
  /** The package's `<Service>ServiceException` (defineServiceException), as in the AWS SDK v3. */
  base: ServiceErrorClass = ServiceError,
) {
  // The statics are assigned, not declared as static fields: a class with fields gets an
  // initializer function of its own, and a service package defines dozens of these classes
  // on import (S3 42), so that cost about a tenth of a millisecond at every start.
  const cls = class extends base {};
  Object.defineProperty(cls, 'name', { value: code });
  return Object.assign(cls, { code, fault, retryable }) as unknown as ServiceErrorClass & {
    readonly code: N;
    readonly fault: 'client' | 'server';
    readonly retryable?: { throttling: boolean };
  };
}

/** Set by toServiceError on every error a client of the service builds: the service's base class. */
export const SERVICE_BASE: unique symbol = Symbol.for('skiff.serviceBase');

/**
 * Declares a package's base error class, `<Service>ServiceException` as the AWS SDK v3 names
 * it: the package's own error classes extend it, and `err instanceof` it also holds for the
 * errors shared from core (InternalFailure, …) and the codes no class declares, when a client
 * of that service returned them (toServiceError marks them with SERVICE_BASE).
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineServiceException<N extends string>(name: N): ServiceErrorClass {
  const base = class extends ServiceError {
    static override [Symbol.hasInstance](v: unknown): boolean {
      // Only the base itself widens the check; its subclasses inherit this and keep the plain one.
      return Function.prototype[Symbol.hasInstance].call(this, v) || (this === base && (v as { [SERVICE_BASE]?: unknown } | null)?.[SERVICE_BASE] === base);
    }
  };
  Object.defineProperty(base, 'name', { value: name });
  return base;
}

export function isServiceError(e: unknown, code?: string): e is ServiceError {
  return e instanceof Error && (e as { $service?: boolean }).$service === true && (code === undefined || e.name === code);
}
