import type { Credentials } from '../credentials/Credentials.js';
import type { PayloadSigning } from '../operation/Operation.js';

export interface SigningContext {
  credentials: Credentials;
  region: string;
  /** The signing name (`kinesis`, `s3`, `mediastore`, `iam`). */
  service: string;
  /** The signing time (the client's clock, corrected for skew). */
  date: Date;
  /** S3 rules: the path is signed as sent (no normalisation, no double encoding) and
   * `x-amz-content-sha256` is always sent and signed. */
  s3?: boolean;
  /** How the body is signed; default `sha256`. */
  payload?: PayloadSigning;
  /** aws-chunked: the length of the raw data (required for `streaming-signed`). */
  decodedContentLength?: number;
  /** aws-chunked chunk size in bytes (default 64 KiB). */
  chunkSize?: number;
}
