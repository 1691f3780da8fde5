/** The request a transport receives: final and signed. What it holds is what goes on the wire. */
export interface HttpRequest {
  method: string;
  /** Absolute URL, query included. */
  url: string;
  /** Every header that is sent, names lower-case. */
  headers: Record<string, string>;
  body?: Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
}

export interface HttpResponse {
  status: number;
  /** Names lower-case. */
  headers: Record<string, string>;
  body?: Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null;
}

export interface TransportOptions {
  abortSignal?: AbortSignal;
}

export type Transport = (request: HttpRequest, options: TransportOptions) => Promise<HttpResponse>;

export interface DefaultTransportOptions {
  /** Time allowed to open a connection (ms). */
  connectTimeout?: number;
  /** Keep-alive connections per origin (undici only). */
  connections?: number;
  /** Ms a response body may go without data before it fails (undici only; 0 or absent: no limit).
   * A streamed output outlives send() and its time-out: this keeps a silent server from
   * hanging its reader. A reader that is slow to read is not timed (undici pauses the clock). */
  bodyTimeout?: number;
  /** Ms an idle keep-alive connection is kept (undici only; default 4 000). */
  keepAliveTimeout?: number;
  /** Certificate authorities to trust for TLS instead of Node's bundled ones, PEM (undici only):
   * a corporate TLS-inspecting proxy, a private endpoint. */
  ca?: string | Uint8Array | Array<string | Uint8Array>;
  /**
   * An HTTP(S) proxy for every request (undici only): a URL, or `false` for none. Unset, the
   * environment decides as curl and the AWS CLI read it: `HTTPS_PROXY` / `HTTP_PROXY` (or
   * lower case) by the request's scheme, `NO_PROXY` for the hosts to reach directly.
   */
  proxy?: string | false;
}
