// The pure-JS hashes of the browser platform (platform/sha256.ts, platform/md5.ts) against
// node:crypto on generated inputs fed in arbitrary pieces, and the SigV4 suite signed with
// them (the signer given the browser's hash functions), so a browser signs exactly as Node does.
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createSha256, hashes, md5, syncCrypto } from '../src/platform/browser.js';
import { signRequestTraced } from '../src/signing/signingTrace.js';
import { classicCases, toHttpRequest } from './signingVectors.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
// Bytes and the places to cut them into update() pieces.
const pieces = fc.tuple(fc.uint8Array({ maxLength: 700 }), fc.array(fc.nat(700), { maxLength: 6 })).map(([bytes, cuts]) => {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    parts.push(bytes.subarray(from, c));
    from = c;
  }
  return { bytes, parts };
});

describe('browser platform hashes', () => {
  it('SHA-256 matches node:crypto, whole and in pieces, at every block boundary', () => {
    for (let n = 0; n <= 200; n++) {
      const b = new Uint8Array(n).map((_, i) => (i * 31 + n) & 255);
      expect(hex(syncCrypto.sha256(b))).toBe(createHash('sha256').update(b).digest('hex'));
    }
    fc.assert(
      fc.property(pieces, ({ bytes, parts }) => {
        const h = createSha256();
        for (const p of parts) h.update(p);
        expect(hex(h.digest())).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('HMAC-SHA-256 matches node:crypto for keys shorter and longer than a block, strings as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 300 }), (key, data) => {
        expect(hex(syncCrypto.hmac(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, data) => {
        expect(hex(syncCrypto.hmac(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('MD5 matches node:crypto', async () => {
    for (let n = 0; n <= 140; n++) {
      const b = new Uint8Array(n).map((_, i) => (i * 7 + 3) & 255);
      expect(hex(await md5(b))).toBe(createHash('md5').update(b).digest('hex'));
    }
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string()), async (data) => {
        expect(hex(await md5(data))).toBe(createHash('md5').update(data).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('signs the SigV4 suite with Web Crypto (the signing hashes) and with the pure-JS hashes, as with node:crypto', async () => {
    const cases = classicCases().filter((c) => !c.name.endsWith('post-sts-header-after'));
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      const ctx = {
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: c.token },
        region: 'us-east-1',
        service: 'service',
        date: new Date('2015-08-30T12:36:00Z'),
      };
      for (const hash of [hashes, syncCrypto]) {
        const signed = await signRequestTraced(toHttpRequest(c.req), ctx, hash);
        expect(signed.request.headers.authorization, c.name).toBe(c.authz);
        expect(signed.canonicalRequest, c.name).toBe(c.creq);
      }
    }
  });

  it('says why it cannot sign where Web Crypto is missing (an http: page), instead of failing obscurely', async () => {
    vi.stubGlobal('crypto', {});
    try {
      await expect(hashes.sha256('x')).rejects.toThrow(/Web Crypto.*secure contexts/);
      await expect(hashes.hmac('k', 'x')).rejects.toThrow(/Web Crypto.*secure contexts/);
    } finally {
      vi.unstubAllGlobals();
    }
    expect((await hashes.sha256('x')).length).toBe(32);
  });
});
