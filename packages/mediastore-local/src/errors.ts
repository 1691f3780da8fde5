import type { ServerResponse } from 'node:http';

/**
 * An error the server answers with. Both planes send the AWS JSON error shape
 * (`{"__type", "Message"}` plus the `x-amzn-ErrorType` header), which is what the JSON 1.1
 * and REST-JSON protocols of the AWS SDKs classify errors by.
 */
export class MediaStoreError extends Error {
  readonly code: string;
  readonly status: number;
  /** Extra response headers (e.g. `Content-Range` on a 416). */
  readonly headers: Record<string, string>;

  constructor(code: string, status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.headers = headers;
  }
}

const err = (code: string, status: number) => (message: string, headers?: Record<string, string>) =>
  new MediaStoreError(code, status, message, headers);

// Control-plane codes answer 400 (000: every control-plane error but InternalServerError).
export const containerInUse = err('ContainerInUseException', 400);
export const limitExceeded = err('LimitExceededException', 400);
export const policyNotFound = err('PolicyNotFoundException', 400);
export const corsPolicyNotFound = err('CorsPolicyNotFoundException', 400);
export const internalServerError = err('InternalServerError', 500);
// The data plane documents ContainerNotFoundException as 404, the control plane as 400.
export const containerNotFound = (plane: 'control' | 'data', name: string) =>
  new MediaStoreError(
    'ContainerNotFoundException',
    plane === 'control' ? 400 : 404,
    plane === 'control'
      ? `The container that you specified in the request does not exist: ${name}`
      : `The specified container was not found for the specified account: ${name}`,
  );
export const objectNotFound = err('ObjectNotFoundException', 404);
export const rangeNotSatisfiable = err('RequestedRangeNotSatisfiableException', 416);

// The coral framework behind AWS JSON services answers malformed input with these two.
export const validationError = err('ValidationException', 400);
export const serializationError = err('SerializationException', 400);
export const unknownOperation = err('UnknownOperationException', 400);

// Authentication failures. AWS answers some of these with 400; the brief for this server
// (and most client retry/skew logic) keys on the code, so signature problems answer 403.
export const missingAuthenticationToken = err('MissingAuthenticationTokenException', 403);
export const incompleteSignature = err('IncompleteSignatureException', 400);
export const invalidSignature = err('InvalidSignatureException', 403);
export const unrecognizedClient = err('UnrecognizedClientException', 403);
export const contentSha256Mismatch = err('XAmzContentSHA256Mismatch', 400);

/**
 * Writes an error response. `withBody` is false for HEAD (DescribeObject), where only the
 * status and headers may be sent.
 */
export function sendError(res: ServerResponse, error: unknown, withBody = true): void {
  const e =
    error instanceof MediaStoreError
      ? error
      : internalServerError(`The service is temporarily unavailable. (${error instanceof Error ? error.message : String(error)})`);
  if (res.headersSent) {
    // Only a streamed GET can fail after its headers went out: cut the connection so the
    // client sees a truncated body instead of a silently short one.
    res.destroy();
    return;
  }
  const body = withBody ? JSON.stringify({ __type: e.code, Message: e.message }) : '';
  res.writeHead(e.status, {
    ...e.headers,
    'Content-Type': 'application/x-amz-json-1.1',
    'x-amzn-ErrorType': e.code,
    'x-amzn-ErrorMessage': headerSafe(e.message),
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

// Header values may not hold newlines or non-Latin-1 characters; the long signature
// mismatch message carries the canonical request over several lines.
function headerSafe(message: string): string {
  return message.split('\n')[0]!.replace(/[^\x20-\x7e]/g, '?').slice(0, 512);
}
