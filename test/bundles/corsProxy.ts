// A small reverse proxy on 127.0.0.1 that adds CORS to a server which lacks it, for the
// browser end-to-end test. moto answers preflights (flask-cors) but exposes no response
// header to a page, so a browser could not read an ETag or a request id: this proxy answers
// preflights itself and exposes every header of the real answer. It forwards the request
// unchanged (method, path, every header including Host and Authorization, the body), so what
// the server sees is what the browser signed, and it records what it forwarded so the test
// can check that the requests really came from the page.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForwardedRequest {
  method: string;
  path: string;
  origin?: string;
  userAgent?: string;
}

export interface CorsProxy {
  endpoint: string;
  forwarded: ForwardedRequest[];
  close(): Promise<void>;
}

// Headers that describe the connection, not the message.
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

export async function startCorsProxy(upstream: string): Promise<CorsProxy> {
  const target = new URL(upstream);
  const forwarded: ForwardedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS' && origin && req.headers['access-control-request-method']) {
      res.writeHead(204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': String(req.headers['access-control-request-method']),
        'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? ''),
        'access-control-max-age': '600',
        vary: 'Origin',
      });
      res.end();
      return;
    }
    forwarded.push({ method: req.method ?? '', path: req.url ?? '', origin, userAgent: req.headers['user-agent'] });
    const headers: IncomingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP.has(k)) headers[k] = v;
    const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP.has(k) && !k.startsWith('access-control-')) out[k] = v;
      if (origin) {
        out['access-control-allow-origin'] = origin;
        out['access-control-expose-headers'] = Object.keys(out).join(', ');
        out.vary = 'Origin';
      }
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    });
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${e.message}`);
    });
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
