import { ServiceError } from '../errors/ServiceError.js';
import { NetworkError, TimeoutError } from '../errors/transportErrors.js';
import { retryableNetworkCode } from '#platform';

// Codes every AWS-style service uses for "slow down" and for passing trouble.
export const COMMON_THROTTLING_CODES = [
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
];
export const COMMON_TRANSIENT_CODES = ['RequestTimeout', 'RequestTimeoutException', 'InternalError', 'InternalFailure', 'ServiceUnavailable', 'InternalServerError'];
export const CLOCK_SKEW_CODES = ['RequestTimeTooSkewed', 'RequestExpired', 'InvalidSignatureException', 'SignatureDoesNotMatch', 'AuthFailure', 'RequestInTheFuture'];


export interface Classification {
  retryable: boolean;
  throttling: boolean;
  kind: 'timeout' | 'other';
}

export function classify(err: unknown, throttlingCodes: ReadonlySet<string>, transientCodes: ReadonlySet<string>): Classification {
  if (err instanceof TimeoutError) return { retryable: true, throttling: false, kind: 'timeout' };
  if (err instanceof NetworkError) return { retryable: err.code === undefined || retryableNetworkCode(err.code), throttling: false, kind: 'other' };
  if (err instanceof ServiceError) {
    const status = err.$metadata.httpStatusCode ?? 0;
    if (throttlingCodes.has(err.name) || status === 429) return { retryable: true, throttling: true, kind: 'other' };
    if (transientCodes.has(err.name) || status >= 500) return { retryable: true, throttling: false, kind: 'other' };
  }
  // Marked retryable before classification (network and time-out errors are decided above):
  // an answer that left the outcome unknown, such as an S3 200 whose body is not the
  // operation's result or holds an <Error> (a ResponseParseError, or the service error).
  const marked = (err as { $retryable?: { throttling: boolean } } | undefined)?.$retryable;
  if (marked) return { retryable: true, throttling: marked.throttling, kind: 'other' };
  return { retryable: false, throttling: false, kind: 'other' };
}
