// Browser (and any non-Node) runtime pieces: what `#platform` means in the entries bundlers
// take (tsup.config.ts builds it into them). No node: modules and no undici here. Signing
// hashes with Web Crypto; the pure-JS SHA-256 (sync, incremental) is only in bundles that need those two properties: aws-chunked
// uploads and bodies hashed as they stream.
import type { Credentials } from '../credentials/Credentials.js';
import type { DefaultTransportOptions, HttpRequest, HttpResponse, Transport, TransportOptions } from '../transport/Transport.js';
import { toWebStream } from '../body/streams.js';
import { md5Bytes } from './md5.js';
import { HmacSha256, Sha256Hash, type HashInput } from './sha256.js';

export const runtime = 'browser' as const;

const u8 = (d: Uint8Array | string) => (typeof d === 'string' ? new TextEncoder().encode(d) : d) as Uint8Array<ArrayBuffer>;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Signing needs Web Crypto (crypto.subtle), which browsers give only to secure contexts (https:, localhost)');
  return s;
}

/** Whether a NetworkError with this code may be retried: fetch failures carry no code, and the
 * only codes here are the transport's own refusals (a dot-segment path), never worth a retry. */
export function retryableNetworkCode(_code: string): boolean {
  return false;
}

/** The hashes SigV4 signing uses: Web Crypto (native code, async). */
export const hashes = {
  async sha256(data: Uint8Array | string): Promise<Uint8Array> {
    return new Uint8Array(await subtle().digest('SHA-256', u8(data)));
  },
  async hmac(key: Uint8Array | string, data: Uint8Array | string): Promise<Uint8Array> {
    const k = await subtle().importKey('raw', u8(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await subtle().sign('HMAC', k, u8(data)));
  },
};

/** Synchronous pure-JS hashing: the aws-chunked trailer and chunk chain. */
export const syncCrypto = {
  sha256(data: Uint8Array | string): Uint8Array {
    return new Sha256Hash().update(data).digest();
  },
  hmac(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
    return new HmacSha256(key).update(data).digest();
  },
};

/** An incremental SHA-256: a body is hashed piece by piece as it streams, never held whole. */
export function createSha256(): { update(data: Uint8Array): void; digest(): Uint8Array } {
  const h = new Sha256Hash();
  return { update: (data) => void h.update(data), digest: () => h.digest() };
}

/** Outside Node a streaming body stays a web ReadableStream (body/streams.ts). */
export const nodeReadable: ((source: AsyncIterable<Uint8Array>, release: () => void) => never) | undefined = undefined;

export async function md5(data: Uint8Array | string): Promise<Uint8Array> {
  return md5Bytes(data);
}

export function getEnv(_name: string): string | undefined {
  return undefined;
}

// No environment variables and no shared files outside Node: the default chain is empty and
// a client needs `credentials`. The sources exist for the API's sake (fromEnv, fromIni).
export async function envCredentials(): Promise<Credentials> {
  throw new Error('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set (there is no environment outside Node)');
}

export async function iniCredentials(profile?: string): Promise<Credentials> {
  throw new Error(`No static credentials for profile "${profile ?? 'default'}": the shared credentials and config files are only read in Node`);
}

/** Outside Node there is nothing to read credentials from (core makes this a CredentialsError). */
export function defaultProvider(): () => Promise<Credentials> {
  return async () => {
    throw new Error('No credentials: pass `credentials` to the client (outside Node there is no credential chain)');
  };
}

/** A browser sends its own User-Agent (script may not set one): none is added. */
export function userAgentHeaders(_service: unknown, _appId: string | undefined): Record<string, string> | undefined {
  return undefined;
}

/** No environment or shared files outside Node: region and endpoint come from the config alone. */
export function completeConfig(_config: { region?: string; endpoint?: string }, _serviceId: string): void {}

/** No credential chain outside Node, so nothing loads STS for one. */
export async function loadSts(): Promise<unknown> {
  throw new Error('The credential chain runs only in Node');
}

/** Nor SSO (the same function: nothing more in a bundle). */
export { loadSts as loadSso, loadSts as loadSsoOidc };

export async function readSharedFiles(): Promise<{ credentials?: string; config?: string }> {
  return {};
}

// Headers a browser sets itself and refuses from script.
const FORBIDDEN = new Set(['host', 'content-length', 'connection', 'expect', 'transfer-encoding', 'user-agent']);

/** The fetch transport. Streaming request bodies need `duplex: 'half'`. */
export function createDefaultTransport(_options: DefaultTransportOptions = {}): Transport & { destroy(): Promise<void> } {
  const transport = async (req: HttpRequest, opts: TransportOptions): Promise<HttpResponse> => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (!FORBIDDEN.has(k)) headers[k] = v;
    let body: BodyInit | undefined;
    if (req.body instanceof Uint8Array) body = req.body as BodyInit;
    else if (req.body && typeof (req.body as ReadableStream).getReader === 'function') body = req.body as ReadableStream;
    else if (req.body) body = toWebStream(req.body as AsyncIterable<Uint8Array>);
    // No redirect is followed (fetch would, to any origin, with the signed headers): a 3xx is
    // the server's answer, an error like any other.
    const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, body, signal: opts.abortSignal, redirect: 'manual' };
    if (body && !(body instanceof Uint8Array)) init.duplex = 'half';
    // fetch resolves `.` and `..` path segments: such a request would reach another resource
    // than the one signed (an S3 key `.` would address its bucket). Refused, never rerouted.
    if (hasDotSegment(req.url)) throw Object.assign(new Error("fetch cannot send a path with '.' or '..' segments unchanged"), { code: 'ERR_DOT_SEGMENT' });
    const res = await fetch(req.url, init);
    // A browser hides a manual redirect's status and headers (an opaque response, status 0).
    if (res.type === 'opaqueredirect') throw Object.assign(new Error('The server answered with a redirect, which is not followed'), { code: 'ERR_REDIRECT' });
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      out[k.toLowerCase()] = v;
    });
    return { status: res.status, headers: out, body: res.body };
  };
  return Object.assign(transport, { destroy: async () => {} });
}

/** Whether the URL's path (as written) has a segment a URL parser would resolve away. */
function hasDotSegment(url: string): boolean {
  const rest = url.slice(url.indexOf('//') + 2);
  const at = rest.search(/[/?#]/);
  const path = at < 0 ? '' : rest.slice(at).split(/[?#]/)[0]!;
  return path.split('/').some((s) => /^(?:\.|%2e){1,2}$/i.test(s));
}

/** The aws-chunked hot path: SHA-256 of each chunk and HMAC-SHA-256 under one key, as hex. */
export function createChunkHasher(key: Uint8Array): { sha256Hex(data: Uint8Array | string): string; hmacHex(data: string): string } {
  const hex = (b: Uint8Array) => Array.from(b, (x) => (x < 16 ? '0' : '') + x.toString(16)).join('');
  return {
    sha256Hex: (d) => hex(new Sha256Hash().update(d).digest()),
    hmacHex: (d) => hex(new HmacSha256(key).update(d).digest()),
  };
}

/** No native CRC-32 here: the aws-chunked trailer computes it in JS. */
export function nativeCrc32(): ((data: Uint8Array, crc: number) => number) | undefined {
  return undefined;
}
