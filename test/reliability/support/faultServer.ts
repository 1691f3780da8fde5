// An in-process HTTP server that misbehaves on purpose. Each request gets a handler call with
// its number (1-based), the request, the response and its raw socket, so a handler can answer
// properly, answer wrongly (a lying Content-Length, a cut body, an HTML page), stall, or reset
// the connection. It counts requests, open sockets and the bytes it managed to write, and it
// records every signature it sees (so the secrets scan knows them).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { noteSignature } from './registry.js';

export interface Exchange {
  n: number;
  req: IncomingMessage;
  res: ServerResponse;
  socket: Socket;
  /** The request body, read in full (unless the handler was called with `early`). */
  body: Buffer;
}

export type Handler = (x: Exchange) => unknown;

export interface FaultServer {
  url: string;
  hits(): number;
  openSockets(): number;
  /** Open sockets that carried a request (an aborted exchange must not leave one of these). */
  busySockets(): number;
  /** Connections opened that carried no request at all (a client pool's spare connections). */
  idleSockets(): number;
  /** Requests as the server saw them (method and raw URL, as sent on the wire). */
  seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; bodyBytes: number }>;
  /** Resolves once no socket that carried a request is open (or rejects after `ms`). */
  socketsClosed(ms?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * `early: true` calls the handler as soon as the headers arrive, before the body is read
 * (a server that answers an upload without reading it).
 */
export async function faultServer(handler: Handler, opts: { early?: boolean } = {}): Promise<FaultServer> {
  let n = 0;
  const sockets = new Set<Socket>();
  const carried = new WeakSet<Socket>();
  const busy = () => [...sockets].filter((s) => carried.has(s)).length;
  const seen: FaultServer['seen'] = [];
  const srv = createServer((req, res) => {
    const sig = /Signature=([0-9a-f]{64})/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (sig) noteSignature(sig);
    carried.add(req.socket);
    const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, bodyBytes: 0 };
    seen.push(entry);
    const number = ++n;
    const run = (body: Buffer) => {
      Promise.resolve(handler({ n: number, req, res, socket: req.socket, body })).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(599).end(String(e));
        else res.destroy();
      });
    };
    if (opts.early) {
      req.on('data', (c: Buffer) => void (entry.bodyBytes += c.length));
      req.on('error', () => undefined);
      return run(Buffer.alloc(0));
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      entry.bodyBytes += c.length;
      chunks.push(c);
    });
    req.on('error', () => undefined);
    req.on('end', () => run(Buffer.concat(chunks)));
  });
  srv.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  srv.on('clientError', (_e, s) => s.destroy());
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
    hits: () => n,
    openSockets: () => sockets.size,
    busySockets: busy,
    idleSockets: () => sockets.size - busy(),
    seen,
    socketsClosed: async (ms = 2000) => {
      const deadline = Date.now() + ms;
      while (busy() > 0) {
        if (Date.now() > deadline) throw new Error(`${busy()} socket(s) that carried a request still open after ${ms} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        srv.close(() => r());
      }),
  };
}

/** Writes a raw HTTP/1.1 response head on the socket (for lies a ServerResponse refuses to tell). */
export function rawHead(socket: Socket, status: number, headers: Record<string, string | number>): void {
  const lines = [`HTTP/1.1 ${status} ${status < 300 ? 'OK' : 'Error'}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
}

/**
 * Streams `total` bytes of `piece` repeated, respecting back-pressure, until done or the peer
 * goes away. Resolves with the bytes actually written (for memory-bound figures).
 */
export function streamRepeated(res: ServerResponse, piece: Buffer, total: number): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      resolve(written);
    };
    res.on('close', finish);
    const pump = () => {
      while (written < total && !res.destroyed) {
        const n = Math.min(piece.length, total - written);
        written += n;
        if (!res.write(n === piece.length ? piece : piece.subarray(0, n))) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end(finish);
    };
    pump();
  });
}
