import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runControlPlane } from './controlPlane.js';
import { corsHeaders } from './corsHeaders.js';
import { dataRouteOf, handleDataPlane } from './dataPlane.js';
import { DiskStore } from './DiskStore.js';
import { MediaStoreError, sendError, unknownOperation } from './errors.js';
import { FaultInjector, type Fault } from './FaultInjector.js';
import { MediaStoreState, dataEndpointOf } from './MediaStoreState.js';
import { MAX_OBJECT_BYTES } from './putObject.js';
import { readBody } from './readBody.js';
import { beginSigV4, type Credential } from './verifySigV4.js';

export interface MediaStoreLocalOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Accepted keys; default AKIDEXAMPLE/wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY and test/test. */
  credentials?: Credential[];
  /** How long a new container stays CREATING; default 300 ms. */
  creatingDelayMs?: number;
  /** How long a deleted container stays DELETING; default 0 (gone at once). */
  deletingDelayMs?: number;
  /** The region requests must be signed for; default us-east-1. */
  region?: string;
  /** The 12-digit account in container ARNs; default 111122223333 (the documents' example). */
  accountId?: string;
  /** Containers per account and region before LimitExceededException; default 100. */
  maxContainers?: number;
  /** Check SigV4 signatures; default true. When false, any or no authentication is accepted. */
  verifySignatures?: boolean;
  /** Answer CORS preflights and allow any origin (unless a container's CORS policy says otherwise); default true. */
  cors?: boolean;
  /** The server's clock for request-time checks (skew, presign expiry); default the system clock. */
  clock?: () => Date;
  /**
   * The base URL clients reach this server by (e.g. `http://mediastore:4566` on a container
   * network, or a proxy's URL), which container Endpoints are built on. Default: the
   * request's Host header, so each client is told the address it used.
   */
  advertisedUrl?: string;
  /** Keep containers, policies, tags and objects in this folder (created if missing); default: memory only. */
  dataDir?: string;
  /** Largest request body accepted (PutObject bodies too, under their 25 MiB limit); default 25 MiB. */
  maxBodyBytes?: number;
  /** Open connections at most; one more is answered 503 ServiceUnavailable and closed. Default 256. */
  maxConnections?: number;
  /** How long close() waits for in-flight requests before cutting them; default 10000 ms. */
  drainTimeoutMs?: number;
}

export interface MediaStoreLocal {
  /** The control-plane URL, e.g. http://127.0.0.1:PORT (the advertised URL when one is set). */
  endpoint: string;
  port: number;
  region: string;
  accountId: string;
  /** The data endpoint a container gets once ACTIVE (the same URL DescribeContainer returns). */
  dataEndpoint(containerName: string): string;
  /** The in-memory state, for tests that want to look inside or `reset()` between cases. */
  state: MediaStoreState;
  /** Makes the next matching request(s) fail (default: one InternalServerError 500). */
  injectFault(fault?: Fault): void;
  /** Stops accepting connections, lets in-flight requests finish (up to drainTimeoutMs), then closes. */
  close(): Promise<void>;
}

export const DEFAULT_CREDENTIALS: readonly Credential[] = [
  { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  { accessKeyId: 'test', secretAccessKey: 'test' },
];

const MAX_CONTROL_BODY = 1024 * 1024;
// A Host header worth echoing back in an Endpoint: a host name or address and a port.
const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function advertisedBase(url: string): string {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    // reported below
  }
  // An origin only: a path prefix would be part of what clients sign, and this server
  // serves at the root (a proxy that strips a prefix breaks every signature).
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.pathname !== '/' || u.search || u.hash) {
    throw new TypeError(`advertisedUrl must be an http(s) origin such as http://mediastore:4566 (no path), got '${url}'`);
  }
  return u.origin;
}

/** Starts a local, in-memory MediaStore (control and data plane) on one port. */
export async function startMediaStoreLocal(options: MediaStoreLocalOptions = {}): Promise<MediaStoreLocal> {
  const host = options.host ?? '127.0.0.1';
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '111122223333';
  if (!/^\d{12}$/.test(accountId)) throw new TypeError(`accountId must be 12 digits, got '${accountId}'`);
  const verify = options.verifySignatures ?? true;
  const permissiveCors = options.cors ?? true;
  const sigv4 = {
    credentials: options.credentials ?? DEFAULT_CREDENTIALS,
    region,
    service: 'mediastore', // the signing name of both planes
    now: options.clock ?? (() => new Date()),
  };

  const advertised = options.advertisedUrl === undefined ? undefined : advertisedBase(options.advertisedUrl);
  const maxBody = options.maxBodyBytes ?? MAX_OBJECT_BYTES;
  const maxConnections = options.maxConnections ?? 256;
  const faults = new FaultInjector();
  let base = '';
  const state = new MediaStoreState({
    region,
    accountId,
    creatingDelayMs: options.creatingDelayMs ?? 300,
    deletingDelayMs: options.deletingDelayMs ?? 0,
    maxContainers: options.maxContainers ?? 100,
    store: options.dataDir === undefined ? undefined : new DiskStore(options.dataDir),
  });
  // The base a client is told to use: the advertised URL, else the Host it reached us by.
  const endpointBaseOf = (req: IncomingMessage): string => {
    if (advertised) return advertised;
    const host = req.headers.host;
    return host && HOST_HEADER.test(host) ? `http://${host}` : base;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('x-amzn-RequestId', randomUUID());
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    const method = req.method ?? 'GET';
    const route = dataRouteOf(rawPath);

    // A container's CORS policy governs its data endpoint; everything else is permissive
    // when `cors` is on, so a browser page can reach the control plane too.
    const rules = route ? state.find(route.container)?.corsPolicy : undefined;
    const cors = corsHeaders(req.headers, method, rules, permissiveCors);
    for (const [k, v] of Object.entries(cors.headers)) res.setHeader(k, v);
    if (method === 'OPTIONS') {
      if (!cors.allowed) throw new MediaStoreError('AccessDeniedException', 403, 'This CORS request is not allowed.');
      res.writeHead(200, { 'Content-Length': '0' });
      return void res.end();
    }
    if (method === 'GET' && rawPath === '/_health') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify({ status: 'ok' }));
    }

    // Authentication comes first, as on AWS: an unsigned request learns nothing else.
    const auth = verify
      ? beginSigV4({ method, rawPath, rawQuery, headers: pairs(req.rawHeaders) }, sigv4)
      : undefined;
    const target = req.headers['x-amz-target'];
    const targetValue = Array.isArray(target) ? target[0] : target;
    const fault = faults.take(route ? dataOperationName(method, route.path) : (targetValue ?? '').split('.').pop()!);
    if (fault) throw fault;
    if (route) return handleDataPlane(req, res, route, rawQuery, state, auth, maxBody);

    if (method !== 'POST' || rawPath !== '/') throw unknownOperation(`${method} ${rawPath} is not a MediaStore operation`);
    const { body, sha256 } = await readBody(req, MAX_CONTROL_BODY);
    auth?.verify(sha256);
    const out = JSON.stringify(runControlPlane(targetValue, body, state, { endpointBase: endpointBaseOf(req) }));
    res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': String(Buffer.byteLength(out)) });
    res.end(out);
  }

  // Requests being answered, so close() can wait for them (SIGTERM drains, then exits).
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  let drained: (() => void) | undefined;
  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) drained?.();
    });
    // While draining, each answer closes its connection so keep-alive clients move on.
    if (closing) res.setHeader('Connection', 'close');
    handle(req, res).catch((e: unknown) => sendError(res, e, req.method !== 'HEAD'));
  });
  // Over the connection limit a client gets a clear 503 rather than a silent reset.
  let connections = 0;
  server.on('connection', (socket) => {
    connections++;
    socket.once('close', () => connections--);
    if (connections > maxConnections) {
      const body = JSON.stringify({ __type: 'ServiceUnavailableException', Message: `Too many connections: this server accepts at most ${maxConnections} at once (maxConnections)` });
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-ErrorType: ServiceUnavailableException\r\n` +
          `Connection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  // A wildcard listen address is not something a client can connect to.
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  base = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
  const publicBase = advertised ?? base;
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;

  return {
    endpoint: publicBase,
    port,
    region,
    accountId,
    dataEndpoint: (name) => dataEndpointOf(publicBase, name),
    state,
    injectFault: (fault = {}) => faults.add(fault),
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeIdleConnections();
        const cut = () => {
          state.endLiveUploads(); // live streaming reads would otherwise hold the server open
          server.closeAllConnections();
        };
        if (inFlight.size === 0) return cut();
        const timer = setTimeout(cut, drainTimeoutMs);
        drained = () => {
          clearTimeout(timer);
          cut();
        };
      }),
  };
}

function dataOperationName(method: string, path: string): string {
  if (path === '') return 'ListItems';
  return { PUT: 'PutObject', GET: 'GetObject', HEAD: 'DescribeObject', DELETE: 'DeleteObject' }[method] ?? method;
}

function pairs(raw: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}
