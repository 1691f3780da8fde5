import { createChunkHasher, createSha256, syncCrypto } from '#platform';
import { toHex } from '../body/bytes.js';
import { EMPTY_SHA256 } from './emptySha256.js';

/** kSigning = HMAC chain over (date, region, service, "aws4_request"), synchronously. */
export function deriveSigningKey(secretAccessKey: string, shortDate: string, region: string, service: string): Uint8Array {
  let key = syncCrypto.hmac(`AWS4${secretAccessKey}`, shortDate);
  for (const part of [region, service, 'aws4_request']) key = syncCrypto.hmac(key, part);
  return key;
}

export function chunkStringToSign(amzDate: string, scope: string, previousSignature: string, chunkSha256Hex: string): string {
  return `AWS4-HMAC-SHA256-PAYLOAD\n${amzDate}\n${scope}\n${previousSignature}\n${EMPTY_SHA256}\n${chunkSha256Hex}`;
}

/** `name:value\n` per trailer header (LF, not CRLF), names lower-case and sorted. */
export function canonicalTrailer(trailers: ReadonlyArray<readonly [string, string]>): string {
  return trailers
    .map(([n, v]) => [n.toLowerCase(), v.trim()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([n, v]) => `${n}:${v}\n`)
    .join('');
}

export function trailerStringToSign(amzDate: string, scope: string, previousSignature: string, canonical: string): string {
  return `AWS4-HMAC-SHA256-TRAILER\n${amzDate}\n${scope}\n${previousSignature}\n${toHex(syncCrypto.sha256(canonical))}`;
}

/**
 * The chain of aws-chunked signatures: each chunk's signature covers the previous one,
 * starting from the seed (the signature of the header request). Hashing is synchronous so a
 * chunk costs one SHA-256 pass over its bytes and one small HMAC, with no promise per chunk.
 */
export class AwsChunkedSigner {
  previousSignature: string;
  private readonly hasher: ReturnType<typeof createChunkHasher>;

  constructor(
    readonly signingKey: Uint8Array,
    /** `x-amz-date` of the header request. */
    readonly amzDate: string,
    /** `<date>/<region>/<service>/aws4_request`. */
    readonly scope: string,
    seedSignature: string,
  ) {
    this.previousSignature = seedSignature;
    this.hasher = createChunkHasher(signingKey);
  }

  /** Signs the next chunk (the empty final chunk too), given whole or in parts, and advances the chain. */
  signChunk(data: Uint8Array | readonly Uint8Array[]): string {
    let hash: string;
    if (data instanceof Uint8Array) hash = data.length === 0 ? EMPTY_SHA256 : this.hasher.sha256Hex(data);
    else if (data.length === 1) hash = this.hasher.sha256Hex(data[0]!);
    else {
      const h = createSha256();
      for (const part of data) h.update(part);
      hash = toHex(h.digest());
    }
    return this.advance(chunkStringToSign(this.amzDate, this.scope, this.previousSignature, hash));
  }

  /** Signs the trailer headers after the final chunk. */
  signTrailer(trailers: ReadonlyArray<readonly [string, string]>): string {
    return this.advance(trailerStringToSign(this.amzDate, this.scope, this.previousSignature, canonicalTrailer(trailers)));
  }

  private advance(stringToSign: string): string {
    return (this.previousSignature = this.hasher.hmacHex(stringToSign));
  }
}

/** A chunk signer continuing from a header request signed at `amzDate` (`YYYYMMDDTHHMMSSZ`). */
export function createChunkSigner(
  credentials: { secretAccessKey: string },
  region: string,
  service: string,
  amzDate: string,
  seedSignature: string,
): AwsChunkedSigner {
  const shortDate = amzDate.slice(0, 8);
  const key = deriveSigningKey(credentials.secretAccessKey, shortDate, region, service);
  return new AwsChunkedSigner(key, amzDate, `${shortDate}/${region}/${service}/aws4_request`, seedSignature);
}
