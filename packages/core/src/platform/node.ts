// Node runtime pieces: what `#platform` means in Node's file of core (dist/node.js and .cjs,
// which tsup.config.ts builds from src/node.ts). It imports nothing from core outside
// platform/ at run time but the credential chain, which only Node's one file holds (the
// bundlers' entries take platform/browser.ts), so no entry gets a second copy of a class.
import type * as NodeCrypto from 'node:crypto';
import type { Agent, Dispatcher } from 'undici';
import type { Credentials } from '../credentials/Credentials.js';
import type { DefaultTransportOptions, HttpRequest, HttpResponse, Transport, TransportOptions } from '../transport/Transport.js';
export { completeConfig } from '../client/configuredSettings.js';
export { userAgentHeaders } from '../client/userAgent.js';
import { fromNodeProviderChain } from '../credentials/fromNodeProviderChain.js';
import { parseIni } from './parseIni.js';
import { checkContentRange } from '../transport/checkContentRange.js';

export const runtime = 'node' as const;

// Node's built-ins are loaded on first use, not with the package: node:crypto alone is a few
// milliseconds of every cold start, and a process that only builds commands never hashes.
// (process.getBuiltinModule: Node >= 20.16; engines asks for 20.18.1.)
let cryptoModule: typeof NodeCrypto | undefined;
const nodeCrypto = (): typeof NodeCrypto => (cryptoModule ??= process.getBuiltinModule('node:crypto'));
const createHash = (algorithm: string) => nodeCrypto().createHash(algorithm);
const createHmac = (algorithm: string, key: NodeCrypto.BinaryLike | NodeCrypto.KeyObject) => nodeCrypto().createHmac(algorithm, key);

/** Synchronous hashing is available in Node; the streaming encoders use it on the hot path. */
export const syncCrypto = {
  sha256(data: Uint8Array | string): Uint8Array {
    return createHash('sha256').update(data).digest();
  },
  hmac(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
    return createHmac('sha256', key).update(data).digest();
  },
};

// Socket and undici error codes that mean the request may not have been processed, or may be
// safely retried (the codes are Node's: a browser's fetch gives none).
const TRANSIENT_NETWORK = /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|ECONNABORTED|UND_ERR_SOCKET|UND_ERR_CLOSED|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/;

/** Whether a NetworkError with this code may be retried. */
export function retryableNetworkCode(code: string): boolean {
  return TRANSIENT_NETWORK.test(code);
}

// A SHA-256 as hex in one call (crypto.hash, Node >= 20.12: no Hash object, no copy to hex),
// through a Hash object where Node has no crypto.hash. Chosen on first use.
let oneShotSha256Hex: ((data: Uint8Array | string) => string) | undefined;
function sha256Hex(data: Uint8Array | string): string {
  if (!oneShotSha256Hex) {
    const c = nodeCrypto();
    const once = c.hash as typeof c.hash | undefined;
    oneShotSha256Hex = once ? (d) => once('sha256', d, 'hex') : (d) => createHash('sha256').update(d).digest('hex');
  }
  return oneShotSha256Hex(data);
}

/** The hashes SigV4 signing uses: node:crypto, synchronous, and SHA-256 as hex in one call. */
export const hashes = { ...syncCrypto, sha256Hex };

/** An incremental SHA-256: a body is hashed piece by piece as it streams, never held whole. */
export function createSha256(): { update(data: Uint8Array): void; digest(): Uint8Array } {
  const h = createHash('sha256');
  return {
    update: (data) => void h.update(data),
    digest: () => {
      const b = h.digest();
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
}

/**
 * A streaming response body in Node is a Node Readable, as the AWS SDK v3 gives there (pipe(),
 * events, async iteration of Buffers). Byte mode, not Readable.from's default object mode, so
 * that chunks are Buffers and pipe() into any writable works. A source that throws becomes the
 * stream's 'error'. `release` frees the response (undici's body, and with it the socket) when
 * the stream closes before its end: returning the source iterator is not enough, as an
 * iterator never started has nothing to return (destroy() before the first read).
 */
export function nodeReadable(source: AsyncIterable<Uint8Array>, release: () => void): import('node:stream').Readable {
  const stream = process.getBuiltinModule('node:stream').Readable.from(source, { objectMode: false });
  stream.once('close', () => {
    if (!stream.readableEnded) release();
  });
  return stream;
}

export async function md5(data: Uint8Array | string): Promise<Uint8Array> {
  return createHash('md5').update(data).digest();
}

export function getEnv(name: string): string | undefined {
  return process.env[name];
}

/** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN. */
export async function envCredentials(): Promise<Credentials> {
  const accessKeyId = getEnv('AWS_ACCESS_KEY_ID');
  const secretAccessKey = getEnv('AWS_SECRET_ACCESS_KEY');
  if (!accessKeyId || !secretAccessKey) throw new Error('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set');
  const sessionToken = getEnv('AWS_SESSION_TOKEN');
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/** Static keys of a profile (AWS_PROFILE or `default`) in the shared credentials and config files. */
export async function iniCredentials(profile?: string): Promise<Credentials> {
  const name = profile ?? getEnv('AWS_PROFILE') ?? 'default';
  const files = await readSharedFiles();
  const creds = files.credentials ? parseIni(files.credentials)[name] : undefined;
  const conf = files.config ? parseIni(files.config)[name] : undefined;
  const pick = (k: string) => creds?.[k] ?? conf?.[k];
  const accessKeyId = pick('aws_access_key_id');
  const secretAccessKey = pick('aws_secret_access_key');
  if (!accessKeyId || !secretAccessKey) throw new Error(`No static credentials for profile "${name}" in the shared credentials or config file`);
  const sessionToken = pick('aws_session_token');
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/**
 * Node's default credentials: v3's fromNodeProviderChain order (credentials/fromNodeProviderChain.ts,
 * whose sources load as the chain reaches them). Only Node's file of core holds it, never a
 * browser bundle.
 */
export function defaultProvider(): () => Promise<Credentials> {
  return fromNodeProviderChain();
}

/** Reads the shared credentials and config files (~/.aws/credentials, ~/.aws/config). */
export async function readSharedFiles(): Promise<{ credentials?: string; config?: string }> {
  const { homedir } = process.getBuiltinModule('node:os');
  const { join } = process.getBuiltinModule('node:path');
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  const home = process.env.HOME ?? process.env.USERPROFILE ?? homedir();
  const credPath = process.env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials');
  const confPath = process.env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config');
  const read = (p: string) => readFile(p, 'utf8').catch(() => undefined);
  const [credentials, config] = await Promise.all([read(credPath), read(confPath)]);
  return { credentials, config };
}

// undici is loaded by the first request, not with the package, and only the two pieces the
// transport uses: its Agent (connection pools) and its request() API. undici's index also loads
// fetch, WebSocket, cookies, caches and mocks, about 45 ms more of every process's first request
// (BENCHMARKS.md). undici publishes its lib/ folder (no `exports` map closes it); should a
// release move these files, the whole package is loaded instead.
type AgentRequest = (agent: Dispatcher, opts: Parameters<Agent['request']>[0]) => ReturnType<Agent['request']>;
interface UndiciParts {
  Agent: typeof import('undici').Agent;
  request: AgentRequest;
}
type ProxyAgentClass = typeof import('undici').EnvHttpProxyAgent;
let undici: Promise<UndiciParts> | undefined;
const loadUndici = () =>
  (undici ??= undiciModules()
    .then(([agent, api]): UndiciParts => {
      const request = api as (this: Dispatcher, opts: unknown) => ReturnType<Agent['request']>;
      if (typeof agent !== 'function' || typeof request !== 'function') throw new Error('undici layout changed');
      return { Agent: agent as typeof Agent, request: (a, opts) => request.call(a, opts) };
    })
    .catch(() => loadWholeUndici()));

// The variables that route requests through a proxy (EnvHttpProxyAgent reads them itself).
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** undici's proxy agent, loaded only when a proxy is configured (it pulls in more of undici). */
async function loadProxyAgent(): Promise<ProxyAgentClass> {
  if (typeof __NODE_FILE__ !== 'undefined' && __NODE_FILE__) return nodeRequire()('undici').EnvHttpProxyAgent as ProxyAgentClass;
  return (await import('undici')).EnvHttpProxyAgent;
}

/** The fallback: undici's index, whose Agent has request() on its prototype. */
export async function loadWholeUndici(): Promise<UndiciParts> {
  const u: typeof import('undici') = typeof __NODE_FILE__ !== 'undefined' && __NODE_FILE__ ? nodeRequire()('undici') : await import('undici');
  return { Agent: u.Agent, request: (a, opts) => a.request(opts) };
}

/** Set by the build (tsup.config.ts): true in Node's own files of core, false in the file for
 * bundlers; absent where the sources run (tests, which take the bundlers' way). __CJS__: true
 * in the CommonJS build. */
declare const __NODE_FILE__: boolean | undefined;
declare const __CJS__: boolean;

// Node's own files of core load undici (CommonJS) with `require`, as an `import()` of it does
// underneath, less the ESM loader's work. An `import()` in such a file makes tsx rewrite the
// whole file as it loads it, and the code so loaded ran slower: a streamed 1 GiB PutObject
// under tsx cost about 20% more CPU (BENCHMARKS.md, "Core's one Node file"; the packaging test
// keeps `import()` out of those files). Bundlers cannot follow a require made at run time,
// so the file they take for Node (the `module` condition) imports undici, and a bundle for
// Node holds it.
function undiciModules(): Promise<[unknown, unknown]> {
  if (typeof __NODE_FILE__ !== 'undefined' && __NODE_FILE__) {
    return Promise.resolve().then(() => {
      const r = nodeRequire();
      return [r('undici/lib/dispatcher/agent.js'), r('undici/lib/api/api-request.js')];
    });
  }
  return Promise.all([import('undici/lib/dispatcher/agent.js'), import('undici/lib/api/api-request.js')]).then(([agent, api]) => [agent.default, api.default]);
}

/**
 * @skiff/sts, which the credential chain needs only for assume-role and web identity
 * profiles: an optional peer, loaded on that first need. Node's own files require it (no
 * `import()` in them: see undiciModules); in an ESM application that is its CommonJS build.
 */
export function loadSts(): Promise<unknown> {
  if (typeof __NODE_FILE__ !== 'undefined' && __NODE_FILE__) return Promise.resolve().then(() => nodeRequire()('@skiff/sts'));
  return import('@skiff/sts');
}

/**
 * @skiff/sso and @skiff/sso-oidc, which the credential chain needs only for SSO profiles (the
 * second only to refresh an expired token): optional peers, loaded as @skiff/sts is (above).
 */
export function loadSso(): Promise<unknown> {
  if (typeof __NODE_FILE__ !== 'undefined' && __NODE_FILE__) return Promise.resolve().then(() => nodeRequire()('@skiff/sso'));
  return import('@skiff/sso');
}
export function loadSsoOidc(): Promise<unknown> {
  if (typeof __NODE_FILE__ !== 'undefined' && __NODE_FILE__) return Promise.resolve().then(() => nodeRequire()('@skiff/sso-oidc'));
  return import('@skiff/sso-oidc');
}
const nodeRequire = () => process.getBuiltinModule('node:module').createRequire(__CJS__ ? __filename : import.meta.url);

/**
 * The undici transport: one keep-alive pool per origin (undici's Agent keeps them), HTTP/1.1.
 * Response bodies come back as undici's Readable (an AsyncIterable of Buffers), unbuffered.
 */
export function createDefaultTransport(options: DefaultTransportOptions = {}): Transport & { destroy(): Promise<void> } {
  let agent: Dispatcher | undefined;
  let pending: Promise<Dispatcher> | undefined;
  let request: AgentRequest | undefined;
  const proxied = options.proxy !== false && (typeof options.proxy === 'string' || PROXY_VARIABLES.some((v) => process.env[v]));
  const makeAgent = (Undici: UndiciParts, ProxyAgent?: ProxyAgentClass) => {
    request = Undici.request;
    const agentOptions = {
      connect: { timeout: options.connectTimeout ?? 10_000, ca: options.ca as never },
      connections: options.connections ?? 128,
      keepAliveTimeout: options.keepAliveTimeout ?? 4_000,
      // Time-outs on the whole exchange are owned by the client (it aborts). The body timer is
      // the backstop for a streamed body, read after send() returned: a silent peer fails it.
      headersTimeout: 0,
      bodyTimeout: options.bodyTimeout ?? 0,
      pipelining: 1,
    };
    if (!ProxyAgent) return new Undici.Agent(agentOptions);
    // undici's EnvHttpProxyAgent: a tunnel (CONNECT) per https origin, forwarding for http,
    // NO_PROXY honoured; the TLS to the origin inside the tunnel trusts `ca` too.
    const uri = typeof options.proxy === 'string' ? options.proxy : undefined;
    return new ProxyAgent({ ...agentOptions, requestTls: { ca: options.ca as never }, httpProxy: uri, httpsProxy: uri });
  };
  const transport = async (req: HttpRequest, opts: TransportOptions): Promise<HttpResponse> => {
    agent ??= await (pending ??= loadUndici().then(async (u) => makeAgent(u, proxied ? await loadProxyAgent() : undefined)));
    // undici sets Host itself from the origin; the signed value is exactly the URL's host.
    // (Copied without it rather than deleted after: a delete makes the object a slow one.)
    const headers: Record<string, string> = {};
    for (const k of Object.keys(req.headers)) if (k !== 'host') headers[k] = req.headers[k]!;
    const res = await request!(agent, {
      ...wireTarget(req.url),
      method: req.method as 'GET',
      headers,
      body: req.body as never,
      signal: opts.abortSignal,
    });
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) {
      if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return { status: res.statusCode, headers: out, body: checkContentRange(out, res.body) };
  };
  return Object.assign(transport, {
    // destroy(), not close(): requests in flight end now (the client then fails them with an
    // AbortError), rather than holding the client's destroy() until they finish.
    destroy: async () => {
      const a = agent ?? (await pending);
      await a?.destroy();
    },
  });
}

/**
 * Origin and request target as the URL is written. `new URL` (and undici given a URL) would
 * resolve `.` and `..` path segments, sending another path than the one signed: an S3 key `.`
 * turned `DELETE /bucket/.` into `DELETE /bucket/`, a DeleteBucket. Characters a request line
 * cannot carry raw are escaped, as the signer's wire form escapes them.
 */
function wireTarget(url: string): { origin: string; path: string } {
  const u = new URL(url);
  const rest = url.slice(url.indexOf('//') + 2);
  const at = rest.search(/[/?#]/);
  const target = at < 0 ? '' : rest.slice(at).split('#')[0]!;
  const q = target.indexOf('?');
  const path = (q < 0 ? target : target.slice(0, q)) || '/';
  return { origin: u.origin, path: path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/gu, (c) => encodeURIComponent(c)) + u.search };
}

/**
 * The aws-chunked hot path: SHA-256 of each chunk and HMAC-SHA-256 under one signing key,
 * as hex. Node hashes a chunk in one call (no Hash object per chunk) and imports the key
 * once; this is ~10% of the encoder's CPU at 64 KiB chunks.
 */
export function createChunkHasher(key: Uint8Array): { sha256Hex(data: Uint8Array | string): string; hmacHex(data: string): string } {
  const k = nodeCrypto().createSecretKey(key);
  return { sha256Hex, hmacHex: (d) => createHmac('sha256', k).update(d).digest('hex') };
}

type Crc32Fn = (data: Uint8Array, crc: number) => number;
let zlibCrc32: Crc32Fn | null | undefined;

/**
 * Node's native CRC-32 (IEEE), continuing from `crc` (zlib.crc32, Node >= 20.15), or undefined.
 * zlib is loaded on first use, so a client that never sends a checksum trailer never loads it.
 */
export function nativeCrc32(): Crc32Fn | undefined {
  if (zlibCrc32 === undefined) {
    const z = process.getBuiltinModule('node:zlib') as { crc32?: Crc32Fn };
    zlibCrc32 = typeof z?.crc32 === 'function' ? z.crc32 : null;
  }
  return zlibCrc32 ?? undefined;
}
