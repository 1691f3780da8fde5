import { MediaStoreError } from './errors.js';

export interface Fault {
  /** Operation to fail (e.g. 'DescribeContainer', 'GetObject'); any operation when absent. */
  operation?: string;
  /** Error code; default InternalServerError (the one 5xx both planes document). */
  code?: string;
  /** HTTP status; default 500. */
  status?: number;
  message?: string;
  /** How many matching requests fail; default 1. */
  times?: number;
}

/**
 * Makes the next matching requests fail, so a client's retry and error handling can be
 * tested against the real server instead of a mock. Faults apply after the request's
 * authentication headers were checked and before the operation runs.
 */
export class FaultInjector {
  private readonly pending: Array<Required<Omit<Fault, 'operation'>> & { operation?: string }> = [];

  add(fault: Fault): void {
    this.pending.push({
      code: fault.code ?? 'InternalServerError',
      status: fault.status ?? 500,
      message: fault.message ?? 'The service is temporarily unavailable. (injected fault)',
      times: fault.times ?? 1,
      ...(fault.operation !== undefined ? { operation: fault.operation } : {}),
    });
  }

  /** The error for this operation if a fault is due, consuming one use of it. */
  take(operation: string): MediaStoreError | undefined {
    const i = this.pending.findIndex((f) => f.operation === undefined || f.operation === operation);
    if (i < 0) return undefined;
    const f = this.pending[i]!;
    if (--f.times <= 0) this.pending.splice(i, 1);
    return new MediaStoreError(f.code, f.status, f.message);
  }

  clear(): void {
    this.pending.length = 0;
  }
}
