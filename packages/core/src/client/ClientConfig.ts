import type { CredentialProvider, Credentials } from '../credentials/Credentials.js';
import type { RetryOptions } from '../retry/RetryStrategy.js';
import type { DefaultTransportOptions, HttpRequest, HttpResponse, Transport } from '../transport/Transport.js';

/** Named hooks: the points users want to plug into, in the order send() reaches them. */
export interface ClientHooks {
  /** Before signing, each attempt. Headers added here are signed. */
  beforeRequest?(ctx: { operation: string; attempt: number; request: HttpRequest }): void | Promise<void>;
  /** After a response arrives, before it is parsed. */
  afterResponse?(ctx: { operation: string; attempt: number; request: HttpRequest; response: HttpResponse }): void | Promise<void>;
  /** Before waiting to retry. */
  beforeRetry?(ctx: { operation: string; attempt: number; error: Error; delayMs: number }): void | Promise<void>;
}

/** Lines a client logs: operation, attempt, status and timing, never headers or bodies. */
export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

/** What building and signing a request reads (a presigner's whole configuration). */
export interface BaseConfig {
  /** The signing region; also picks the default endpoint. */
  region?: string;
  /** Static credentials, or an async provider (cached, refreshed before expiry). Absent:
   * AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, then the shared files (Node). */
  credentials?: Credentials | CredentialProvider;
  /** Overrides the endpoint (scheme, host, port, optional base path). */
  endpoint?: string;
  /** The time used for signing. */
  clock?: () => Date;
  /** false turns the client-side schema checks off. */
  validation?: boolean;
}

export interface ClientConfig extends BaseConfig {
  /** Injectable transport; default: undici in Node, fetch elsewhere. */
  transport?: Transport;
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number;
  /** Backoff tuning. */
  retry?: Omit<RetryOptions, 'maxAttempts'>;
  /** Ms until a response (and, for buffered outputs, its body) must arrive (default 60 000).
   * With the default transport, a streamed body that goes this long without data fails too. */
  requestTimeout?: number;
  /** Ms allowed to open a connection (default transport only; default 10 000). */
  connectTimeout?: number;
  /**
   * Bytes a response body read whole may have (default 64 MiB), counted as it arrives and after
   * any decompression; past it the send fails with ResponseTooLargeError. A streamed body
   * (GetObject's Body) is not bounded: its reader decides.
   */
  maxResponseBytes?: number;
  /**
   * Settings of the default transport, for what it takes without writing one: connections per
   * origin, keep-alive time, TLS certificate authorities, a proxy (see DefaultTransportOptions;
   * Node only, and ignored with `transport`).
   */
  transportOptions?: Pick<DefaultTransportOptions, 'connections' | 'keepAliveTimeout' | 'ca' | 'proxy'>;
  /** Names the application in the User-Agent (`app/<id>`, Node only); else AWS_SDK_UA_APP_ID. 1..50 token characters. */
  userAgentAppId?: string;
  hooks?: ClientHooks;
  logger?: Logger;
}

export interface SendOptions {
  abortSignal?: AbortSignal;
  /** Overrides the client's requestTimeout for this call. */
  requestTimeout?: number;
  /** Overrides the client's maxAttempts for this call (at least 1). */
  maxAttempts?: number;
}
