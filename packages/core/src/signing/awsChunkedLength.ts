import type { ChecksumAlgorithm } from './SigningContext.js';

/**
 * The three aws-chunked encodings: chunk signatures only; chunk signatures and a signed
 * checksum trailer; a checksum trailer without any signature in the body.
 */
export type AwsChunkedMode = 'signed' | 'signed-trailer' | 'unsigned-trailer';

/** The `x-amz-content-sha256` value that announces each encoding. */
export const AWS_CHUNKED_CONTENT_SHA256: Record<AwsChunkedMode, string> = {
  signed: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
  'signed-trailer': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
  'unsigned-trailer': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
};

export const DEFAULT_CHUNK_SIZE = 64 * 1024;

export interface AwsChunkedLayout {
  /** Bytes of data per chunk (the last data chunk may be shorter); default 64 KiB. */
  chunkSize?: number;
  /** Default `signed`. */
  mode?: AwsChunkedMode;
  /** The trailer's checksum (trailer modes); default `crc32`. */
  trailer?: ChecksumAlgorithm;
}

const SIGNATURE_EXT = ';chunk-signature='.length + 64;
const TRAILER_SIGNATURE = 'x-amz-trailer-signature:'.length + 64 + 2;
const CRC_BASE64 = 8;

export const trailerHeaderName = (alg: ChecksumAlgorithm) => `x-amz-checksum-${alg}`;

export function checkLayout(decodedLength: number, chunkSize: number): void {
  if (!Number.isSafeInteger(decodedLength) || decodedLength < 0) {
    throw new RangeError(`aws-chunked: the decoded length must be a whole number of bytes, got ${decodedLength}`);
  }
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`aws-chunked: the chunk size must be a positive whole number of bytes, got ${chunkSize}`);
  }
}

/** The exact length of the encoded body (its Content-Length) for `decodedLength` bytes of data. */
export function awsChunkedEncodedLength(decodedLength: number, layout: AwsChunkedLayout = {}): number {
  const { chunkSize = DEFAULT_CHUNK_SIZE, mode = 'signed', trailer = 'crc32' } = layout;
  checkLayout(decodedLength, chunkSize);
  const ext = mode === 'unsigned-trailer' ? 0 : SIGNATURE_EXT;
  // `<hex size>[;chunk-signature=<sig>]\r\n<data>\r\n`
  const chunk = (size: number) => size.toString(16).length + ext + 2 + size + 2;
  const rest = decodedLength % chunkSize;
  let n = Math.floor(decodedLength / chunkSize) * chunk(chunkSize) + (rest ? chunk(rest) : 0);
  n += 1 + ext + 2; // the final `0[;chunk-signature=<sig>]\r\n`
  if (mode !== 'signed') {
    n += trailerHeaderName(trailer).length + 1 + CRC_BASE64 + 2;
    if (mode === 'signed-trailer') n += TRAILER_SIGNATURE;
  }
  return n + 2; // the closing `\r\n`
}
