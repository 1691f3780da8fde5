import { createSha256, iterate, toHex, type BodySource } from '@skiff/core';

export interface HashingBody {
  /** The body to send: the source's pieces, unchanged, read once and never held. */
  body: AsyncIterable<Uint8Array>;
  /** The SHA-256 (hex) of everything read, once the source is exhausted; undefined before. */
  readonly sha256: string | undefined;
  /** Bytes read so far. */
  readonly length: number;
}

/**
 * A pass-through that hashes each piece as the transport pulls it, so a stream of any size
 * is hashed with the memory of one piece (the transport's back-pressure paces the source).
 */
export function hashingBody(source: BodySource): HashingBody {
  const hash = createSha256();
  let sha256: string | undefined;
  let length = 0;
  async function* pass(): AsyncGenerator<Uint8Array> {
    for await (const piece of iterate(source)) {
      hash.update(piece);
      length += piece.byteLength;
      yield piece;
    }
    sha256 = toHex(hash.digest());
  }
  return {
    body: pass(),
    get sha256() {
      return sha256;
    },
    get length() {
      return length;
    },
  };
}

/** The SHA-256 (hex) of a body that can be read without being consumed (bytes or a Blob). */
export async function sha256Of(source: Uint8Array | Blob): Promise<string> {
  const hash = createSha256();
  for await (const piece of iterate(source)) hash.update(piece);
  return toHex(hash.digest());
}
