import { SkiffError } from './SkiffError.js';

/** The connection failed or broke (refused, reset, DNS, truncated body). */
export class NetworkError extends SkiffError {
  override name = 'NetworkError' as const;
  readonly code?: string;
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options);
    this.code = options?.code;
    this.$retryable = { throttling: false };
  }
}

/** The request or the connection took longer than the configured time-out. */
export class TimeoutError extends SkiffError {
  override name = 'TimeoutError' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.$retryable = { throttling: false };
  }
}

/** The caller's abort signal fired. Never retried. */
export class AbortError extends SkiffError {
  override name = 'AbortError' as const;
}

/** Data arrived but does not match what it should (checksum, length). Never a silent success. */
export class IntegrityError extends SkiffError {
  override name = 'IntegrityError' as const;
}

/**
 * A response the protocol could not read (malformed JSON/XML, an HTML page from a proxy).
 * `retryable`: the answer leaves the outcome unknown and asking again is safe (an S3 200 whose
 * body is cut, empty or not the operation's result); otherwise the same answer would come back.
 */
export class ResponseParseError extends SkiffError {
  override name = 'ResponseParseError' as const;
  constructor(message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options);
    this.$fault = 'server';
    if (options?.retryable) this.$retryable = { throttling: false };
  }
}

/** Pagination or a waiter could not go on (repeated token, time limit, failure state). */
export class PaginationError extends SkiffError {
  override name = 'PaginationError' as const;
}

export class WaiterError extends SkiffError {
  override name = 'WaiterError' as const;
  readonly state: 'TIMEOUT' | 'FAILURE' | 'ABORTED';
  readonly lastResult?: unknown;
  constructor(state: 'TIMEOUT' | 'FAILURE' | 'ABORTED', message: string, lastResult?: unknown) {
    super(message);
    this.state = state;
    this.lastResult = lastResult;
  }
}

/** A response body read whole was larger than the client's `maxResponseBytes` (counted as it arrives, after any decompression). */
export class ResponseTooLargeError extends ResponseParseError {
  override name = 'ResponseTooLargeError' as never;
}
