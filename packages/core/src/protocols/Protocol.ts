import type { Operation } from '../operation/Operation.js';
import type { HttpRequest, HttpResponse } from '../transport/Transport.js';

/** What the client hands a protocol to build a request. */
export interface SerializeContext {
  /** The resolved endpoint: scheme, host, optional base path. */
  endpoint: URL;
  /** Builds the request URL from a path (unencoded segments already encoded) and query. */
  service: { apiVersion?: string };
}

/** A request before signing: its body is bytes, a stream, or absent. */
export type UnsignedRequest = HttpRequest;

/** An error as a protocol reads it off the wire, before it becomes a typed class. */
export interface ParsedError {
  code: string;
  message: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

/** The request half of a protocol: all a presigner needs. */
export interface RequestProtocol {
  readonly name: 'awsJson1_0' | 'awsJson1_1' | 'restJson1' | 'restXml' | 'awsQuery';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  serialize<I>(op: Operation<I, any>, input: I, ctx: SerializeContext): Promise<UnsignedRequest> | UnsignedRequest;
}

export interface Protocol extends RequestProtocol {
  /** Reads a success response. May keep a streaming body open (a `Body` member). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- input type is irrelevant to parsing
  parse<O>(op: Operation<any, O>, response: HttpResponse): Promise<O>;
  /** Reads an error response (body already buffered, bounded). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  parseError(op: Operation<any, any>, response: HttpResponse, body: Uint8Array): ParsedError;
}

/**
 * A success status whose body is an error (S3 can answer 200 with `<Error>`). `retry`: the
 * operation's outcome is only known from its body (it declares the root of its result), so
 * the error is retried as a 500 would be, whatever its code, as botocore does.
 */
export class EmbeddedError {
  constructor(
    readonly error: ParsedError,
    readonly retry = false,
  ) {}
}
