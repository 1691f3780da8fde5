import type { Credentials } from '../credentials/Credentials.js';
import type { PayloadSigning } from '../operation/Operation.js';

/** The checksum sent as an aws-chunked trailer (`x-amz-checksum-<name>`). */
export type ChecksumAlgorithm = 'crc32' | 'crc32c';

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
  /** aws-chunked: the length of the raw data (required for `streaming-signed` when the
   * body is a stream; taken from the body when it is bytes or a Blob). */
  decodedContentLength?: number;
  /** aws-chunked chunk size in bytes (default 64 KiB; S3 wants at least 8 KiB in every
   * chunk but the last). */
  chunkSize?: number;
  /** aws-chunked: a checksum trailer. With `payload: 'streaming-signed'` this selects
   * STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER. */
  trailer?: ChecksumAlgorithm;
  // The two rules `s3` bundles, separately (the aws-c-auth suite sets them apart):
  /** Normalise (`.`/`..`/`//`) and URI-encode the path once more; default `!s3`. */
  normalizePath?: boolean;
  /** Send and sign `x-amz-content-sha256` with the payload hash; default `s3`. */
  contentSha256Header?: boolean;
  /** Headers to sign although they are normally left unsigned (lower-case), e.g.
   * `content-length` (aws-c-auth, the S3 chunked example) or `transfer-encoding`
   * (botocore 1.29 aws-chunked uploads). */
  signableHeaders?: readonly string[];
}
