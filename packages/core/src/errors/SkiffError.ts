import { redact } from './redact.js';

export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  attempts: number;
  totalRetryDelay?: number;
}

/** The base of every error Skiff throws. Messages are redacted of secrets on construction. */
export class SkiffError extends Error {
  $fault: 'client' | 'server' = 'client';
  $retryable?: { throttling: boolean };
  $metadata: ResponseMetadata = { attempts: 0 };

  constructor(message: string, options?: { cause?: unknown }) {
    super(redact(message), options);
    this.name = 'SkiffError';
    // `cause` may hold a transport error whose text carries request details: keep it off
    // the enumerable surface so JSON.stringify(error) does not walk into it.
    if (options && 'cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true, configurable: true });
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, $fault: this.$fault, $retryable: this.$retryable, $metadata: this.$metadata };
  }
}
