import { presign, type Command } from '@skiff/core';
import type { S3Client } from './S3Client.js';
import type { S3Presigner } from './S3Presigner.js';

export interface SignedUrlOptions {
  /** Seconds the URL stays valid: 1..604800 (7 days), default 900; checked before signing. */
  expiresIn?: number;
}

/**
 * A query-signed (SigV4) URL for a command, as `@aws-sdk/s3-request-presigner`'s: meant for
 * GetObject, PutObject, HeadObject and DeleteObject. The payload is UNSIGNED-PAYLOAD and only
 * `host` is signed, plus any header the input sets that is not an `x-amz-*` one (Range,
 * Content-Type…): whoever uses the URL must then send it. An `expiresIn` out of range is a
 * ParamValidationError (seed-decisions.md, "S4 presigned URLs"). `client` is an S3Client, or an
 * S3Presigner where nothing is sent (a smaller bundle).
 */
export function getSignedUrl<I, O>(client: S3Client | S3Presigner, command: Command<I, O>, options: SignedUrlOptions = {}): Promise<string> {
  return presign(client, command, { expiresIn: options.expiresIn ?? 900 });
}
