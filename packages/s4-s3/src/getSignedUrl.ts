import { presign, type Client, type Command } from '@skiff/core';

export interface SignedUrlOptions {
  /** Seconds the URL stays valid: 1..604800 (7 days), default 900; checked before signing. */
  expiresIn?: number;
}

/**
 * A query-signed (SigV4) URL for a command, as `@aws-sdk/s3-request-presigner`'s: meant for
 * GetObject, PutObject, HeadObject and DeleteObject. The payload is UNSIGNED-PAYLOAD and only
 * `host` is signed, plus any header the input sets that is not an `x-amz-*` one (Range,
 * Content-Type…): whoever uses the URL must then send it. An `expiresIn` out of range is a
 * ParamValidationError (seed-decisions.md, "S4 presigned URLs").
 */
export function getSignedUrl<I, O>(client: Client, command: Command<I, O>, options: SignedUrlOptions = {}): Promise<string> {
  return presign(client, command, { expiresIn: options.expiresIn ?? 900 });
}
