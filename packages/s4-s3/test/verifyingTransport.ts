// Wraps a transport so that every request the client sends is checked on its way out, by code
// that is not the client's: the SigV4 signature (sigv4Check.ts), a hex x-amz-content-sha256
// against the body actually sent, and aws-chunked bodies through testkit's independent
// verifier as they stream (chunk signatures, lengths). A problem fails the request.
import { createHash } from 'node:crypto';
import type { HttpRequest, Transport } from '@skiff/core';
import { AwsChunkedVerifier, awsChunkedOptionsOf, type AwsChunkedVerified } from '@skiff/testkit';
import { checkSigV4 } from './sigv4Check.js';

export interface Verified {
  requests: number;
  signatures: number;
  hashedBodies: number;
  chunked: AwsChunkedVerified[];
  /** Request summaries, in order: `METHOD path?query [x-amz-content-sha256]`. */
  log: Array<{ method: string; url: string; contentSha256?: string; headers: Record<string, string> }>;
}

export function verifyingTransport(inner: Transport, secretAccessKey: string): { transport: Transport; verified: Verified } {
  const verified: Verified = { requests: 0, signatures: 0, hashedBodies: 0, chunked: [], log: [] };
  const transport: Transport = async (req, opts) => {
    verified.requests++;
    verified.log.push({ method: req.method, url: req.url, contentSha256: req.headers['x-amz-content-sha256'], headers: { ...req.headers } });
    const sig = checkSigV4(req, secretAccessKey);
    if (!sig.ok) throw new Error(`bad signature on ${req.method} ${req.url}: expected ${sig.expected}, got ${sig.actual}\n${sig.canonicalRequest}`);
    verified.signatures++;
    return inner({ ...req, body: checkBody(req, secretAccessKey, verified) }, opts);
  };
  return { transport, verified };
}

function checkBody(req: HttpRequest, secret: string, verified: Verified): HttpRequest['body'] {
  const claim = req.headers['x-amz-content-sha256'] ?? '';
  const body = req.body;
  if (claim.startsWith('STREAMING-')) {
    const v = new AwsChunkedVerifier({ ...awsChunkedOptionsOf(req.headers, secret), keepData: false });
    return tee(body, (piece) => v.push(piece), () => verified.chunked.push(v.end()));
  }
  if (/^[0-9a-f]{64}$/.test(claim)) {
    const h = createHash('sha256');
    return tee(body, (piece) => h.update(piece), () => {
      const actual = h.digest('hex');
      if (actual !== claim) throw new Error(`x-amz-content-sha256 ${claim} but the body hashes to ${actual}`);
      verified.hashedBodies++;
    });
  }
  return body;
}

function tee(body: HttpRequest['body'], onPiece: (b: Uint8Array) => void, onEnd: () => void): HttpRequest['body'] {
  if (body === undefined || body instanceof Uint8Array) {
    onPiece(body ?? new Uint8Array(0));
    onEnd();
    return body;
  }
  const source = body;
  return (async function* () {
    if (typeof (source as ReadableStream).getReader === 'function') {
      const reader = (source as ReadableStream<Uint8Array>).getReader();
      for (;;) {
        const r = await reader.read();
        if (r.done) break;
        onPiece(r.value);
        yield r.value;
      }
    } else {
      for await (const piece of source as AsyncIterable<Uint8Array>) {
        onPiece(piece);
        yield piece;
      }
    }
    onEnd();
  })();
}
