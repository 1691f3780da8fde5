// An in-process node:http server on a free port whose answers a test scripts (testkit's
// misbehavingServer underneath): each request is recorded (method, URL, body) and answered by
// the handler, which sees how many came before.
import { misbehavingServer } from '@skiff/testkit';

export interface Seen {
  method: string;
  url: URL;
  body: Buffer;
}

export type Answer = { status: number; body?: string; headers?: Record<string, string> };

export async function scriptedServer(answer: (req: Seen, seen: Seen[]) => Answer) {
  const seen: Seen[] = [];
  const srv = await misbehavingServer((req, res, _n, body) => {
    const s = { method: req.method!, url: new URL(req.url!, 'http://local'), body };
    seen.push(s);
    const a = answer(s, seen);
    const text = a.body ?? '';
    res.writeHead(a.status, { 'content-length': Buffer.byteLength(text), ...a.headers }).end(text);
  });
  return { url: srv.url, seen, close: srv.close };
}
