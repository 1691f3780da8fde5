// SHA-256 and HMAC-SHA-256 in plain JS (FIPS 180-4, RFC 2104) for runtimes without
// node:crypto. Synchronous, so signing is the same code everywhere; incremental, so a body is
// hashed piece by piece. About 1.5 KB minified, where @aws-crypto/sha256-js with its tslib
// helpers is about 6 KB. A leaf: imports nothing.

// The round constants and initial hash are the first 32 fraction bits of the cube roots of
// the first 64 primes and the square roots of the first 8 (FIPS 180-4, 4.2.2 and 5.3.3).
// Computed once, exactly, with integer roots: smaller than the 72 literals they replace.
let K: Uint32Array | undefined;
let H0: Uint32Array | undefined;

function constants(): [Uint32Array, Uint32Array] {
  if (!K || !H0) {
    const primes: number[] = [];
    for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p)) primes.push(n);
    // floor(x^(1/k)) by Newton's method from above; the low 32 bits are the fraction bits.
    const root = (p: number, k: bigint) => {
      const x = BigInt(p) << (32n * k);
      let r = BigInt(Math.ceil(Number(x) ** (1 / Number(k)))) + 2n;
      for (;;) {
        const y = ((k - 1n) * r + x / r ** (k - 1n)) / k;
        if (y >= r) break;
        r = y;
      }
      return Number(r & 0xffffffffn);
    };
    K = Uint32Array.from(primes, (p) => root(p, 3n));
    H0 = Uint32Array.from(primes.slice(0, 8), (p) => root(p, 2n));
  }
  return [K, H0];
}

export type HashInput = string | ArrayBuffer | ArrayBufferView;

const encoder = /* @__PURE__ */ new TextEncoder();

export function bytesOf(data: HashInput): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** An incremental SHA-256. */
export class Sha256Hash {
  private h = Uint32Array.from(constants()[1]);
  private w = new Uint32Array(64);
  private buf = new Uint8Array(64);
  private fill = 0;
  private length = 0;

  update(data: HashInput): this {
    const bytes = bytesOf(data);
    this.length += bytes.length;
    let i = 0;
    if (this.fill) {
      i = Math.min(64 - this.fill, bytes.length);
      this.buf.set(bytes.subarray(0, i), this.fill);
      this.fill += i;
      if (this.fill < 64) return this;
      this.block(this.buf, 0);
      this.fill = 0;
    }
    for (; i + 64 <= bytes.length; i += 64) this.block(bytes, i);
    this.buf.set(bytes.subarray(i), 0);
    this.fill = bytes.length - i;
    return this;
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    const tail = new Uint8Array(this.fill < 56 ? 64 : 128);
    tail.set(this.buf.subarray(0, this.fill));
    tail[this.fill] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(tail.length - 4, bits >>> 0);
    for (let i = 0; i < tail.length; i += 64) this.block(tail, i);
    const out = new Uint8Array(32);
    const o = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) o.setUint32(i * 4, this.h[i]!);
    return out;
  }

  private block(p: Uint8Array, at: number): void {
    const w = this.w;
    const h = this.h;
    for (let i = 0; i < 16; i++) w[i] = (p[at + i * 4]! << 24) | (p[at + i * 4 + 1]! << 16) | (p[at + i * 4 + 2]! << 8) | p[at + i * 4 + 3]!;
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = w[i - 16]! + s0 + w[i - 7]! + s1;
    }
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, k = h[7]!;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K![i]! + w[i]!) | 0;
      const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0]! += a;
    h[1]! += b;
    h[2]! += c;
    h[3]! += d;
    h[4]! += e;
    h[5]! += f;
    h[6]! += g;
    h[7]! += k;
  }
}

/** HMAC-SHA-256, incremental. */
export class HmacSha256 {
  private inner = new Sha256Hash();
  private outer = new Sha256Hash();

  constructor(secret: HashInput) {
    let key = bytesOf(secret);
    if (key.length > 64) key = new Sha256Hash().update(key).digest();
    const pad = new Uint8Array(64);
    pad.set(key);
    for (let i = 0; i < 64; i++) pad[i]! ^= 0x36;
    this.inner.update(pad);
    for (let i = 0; i < 64; i++) pad[i]! ^= 0x36 ^ 0x5c;
    this.outer.update(pad);
  }

  update(data: HashInput): this {
    this.inner.update(data);
    return this;
  }

  digest(): Uint8Array {
    return this.outer.update(this.inner.digest()).digest();
  }
}
