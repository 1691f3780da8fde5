import { AbortError } from '../errors/transportErrors.js';

export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number;
  /** Base of the exponential backoff in ms (default 100). */
  baseDelay?: number;
  /** Cap on any single wait in ms (default 20 s). */
  maxDelay?: number;
  /** Throttling errors back off from a larger base (default 500 ms). */
  throttlingBaseDelay?: number;
}

// A retry budget shared by one client, as in the AWS SDKs' "standard" mode: each retry
// spends tokens and each success earns one back, so a failing service is not hammered by
// every caller's full set of retries at once.
const BUDGET = 500;
const RETRY_COST = 5;
const TIMEOUT_COST = 10;

export class RetryStrategy {
  readonly maxAttempts: number;
  private tokens = BUDGET;
  private readonly baseDelay: number;
  private readonly maxDelay: number;
  private readonly throttlingBaseDelay: number;

  constructor(opts: RetryOptions = {}, private readonly random: () => number = Math.random) {
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 3);
    this.baseDelay = opts.baseDelay ?? 100;
    this.maxDelay = opts.maxDelay ?? 20_000;
    this.throttlingBaseDelay = opts.throttlingBaseDelay ?? 500;
  }

  /** Takes tokens for a retry; false when the budget is spent. */
  acquire(kind: 'timeout' | 'other'): boolean {
    const cost = kind === 'timeout' ? TIMEOUT_COST : RETRY_COST;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  onSuccess(): void {
    this.tokens = Math.min(BUDGET, this.tokens + 1);
  }

  get budget(): number {
    return this.tokens;
  }

  /** Full-jitter exponential backoff; a server's Retry-After wins when it asks for longer. */
  delay(attempt: number, throttling: boolean, retryAfterMs?: number): number {
    const base = throttling ? this.throttlingBaseDelay : this.baseDelay;
    const exp = Math.min(this.maxDelay, base * 2 ** (attempt - 1));
    const jittered = this.random() * exp;
    if (retryAfterMs !== undefined) return Math.min(this.maxDelay, Math.max(jittered, retryAfterMs));
    return jittered;
  }
}

/** `Retry-After`: seconds, or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** Waits, or rejects at once when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError('The request was aborted'));
    const onAbort = () => {
      clearTimeout(t);
      reject(new AbortError('The request was aborted'));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
