// An in-process node:http server on a free port whose answers a test scripts: each request is
// recorded (method, URL, body) and answered by the handler, which sees how many came before.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Seen {
  method: string;
  url: URL;
  body: Buffer;
}

export type Answer = { status: number; body?: string; headers?: Record<string, string> };

export async function scriptedServer(answer: (req: Seen, seen: Seen[]) => Answer) {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const srv = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = { method: req.method!, url: new URL(req.url!, 'http://local'), body: Buffer.concat(chunks) };
      seen.push(s);
      const a = answer(s, seen);
      const body = a.body ?? '';
      res.writeHead(a.status, { 'content-length': Buffer.byteLength(body), ...a.headers }).end(body);
    });
  });
  srv.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        srv.close(() => r());
      }),
  };
}
