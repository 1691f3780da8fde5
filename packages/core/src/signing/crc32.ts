import { nativeCrc32 } from '#platform';
import type { ChecksumAlgorithm } from './SigningContext.js';

// Slicing-by-16 CRC-32 (IEEE) and CRC-32C (Castagnoli) in plain JS, for every runtime.
// @aws-crypto/crc32(c) walks bytes through an iterator (~85 MiB/s on Node 20), which
// would cap a trailer upload far below the SHA-256 that signs it; this runs ~10x faster.
// Node's zlib.crc32 (native) is faster still and is used for CRC-32 where present.
const POLY: Record<ChecksumAlgorithm, number> = { crc32: 0xedb88320, crc32c: 0x82f63b78 };
const tables: Partial<Record<ChecksumAlgorithm, Int32Array>> = {};

function table(alg: ChecksumAlgorithm): Int32Array {
  let t = tables[alg];
  if (t) return t;
  t = new Int32Array(256 * 16);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY[alg] : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 16; k++) t[k * 256 + n] = c = t[c & 0xff]! ^ (c >>> 8);
  }
  return (tables[alg] = t);
}

// Reading 32-bit words takes a quarter of the loads; it needs a little-endian host (all
// current ones are), else bytes are read one at a time.
let littleEndian: boolean | undefined;

/** Continues a CRC (`crc` is a previous result, 0 to start) over `data`. */
export function crcUpdate(alg: ChecksumAlgorithm, crc: number, data: Uint8Array): number {
  const native = alg === 'crc32' ? nativeCrc32() : undefined;
  if (native) return native(data, crc) >>> 0;
  return jsCrcUpdate(alg, crc, data);
}

/** The JS CRC, for every runtime (and CRC-32C, which no runtime offers natively). */
export function jsCrcUpdate(alg: ChecksumAlgorithm, crc: number, data: Uint8Array): number {
  const T = table(alg);
  const n = data.length;
  let c = ~crc;
  let i = 0;
  littleEndian ??= new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (littleEndian && n >= 64) {
    for (; (data.byteOffset + i) & 3; i++) c = T[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
    const w = new Int32Array(data.buffer, data.byteOffset + i, (n - i) >> 4 << 2);
    for (let j = 0; j < w.length; j += 4) {
      const a = w[j]! ^ c;
      const b = w[j + 1]!;
      const d = w[j + 2]!;
      const e = w[j + 3]!;
      c =
        T[3840 + (a & 0xff)]! ^ T[3584 + ((a >>> 8) & 0xff)]! ^ T[3328 + ((a >>> 16) & 0xff)]! ^ T[3072 + (a >>> 24)]! ^
        T[2816 + (b & 0xff)]! ^ T[2560 + ((b >>> 8) & 0xff)]! ^ T[2304 + ((b >>> 16) & 0xff)]! ^ T[2048 + (b >>> 24)]! ^
        T[1792 + (d & 0xff)]! ^ T[1536 + ((d >>> 8) & 0xff)]! ^ T[1280 + ((d >>> 16) & 0xff)]! ^ T[1024 + (d >>> 24)]! ^
        T[768 + (e & 0xff)]! ^ T[512 + ((e >>> 8) & 0xff)]! ^ T[256 + ((e >>> 16) & 0xff)]! ^ T[e >>> 24]!;
    }
    i += w.length * 4;
  }
  for (; i < n; i++) c = T[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export const crc32 = (data: Uint8Array, crc = 0) => crcUpdate('crc32', crc, data);
export const crc32c = (data: Uint8Array, crc = 0) => crcUpdate('crc32c', crc, data);

/** The checksum header value: the CRC as 4 big-endian bytes, base64. */
export function crcToBase64(crc: number): string {
  return btoa(String.fromCharCode(crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff));
}
