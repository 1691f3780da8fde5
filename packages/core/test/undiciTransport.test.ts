// The Node transport over a real local HTTP server: undici's Agent and request() loaded on their
// own (the first request), and the whole-package fallback used should undici move those files.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAll } from '../src/body/streams.js';
import { createDefaultTransport, loadWholeUndici } from '../src/platform/node.js';

let server: Server;
let base: string;
const seen: Array<{ method?: string; url?: string; host?: string; body: string }> = [];

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    seen.push({ method: req.method, url: req.url, host: req.headers.host, body: Buffer.concat(chunks).toString() });
    res.setHeader('x-echo', req.url ?? '');
    res.end(`got ${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the undici transport', () => {
  it('sends through the Agent and request() it loads on the first request, path as written', async () => {
    const t = createDefaultTransport();
    try {
      const res = await t({ method: 'PUT', url: `${base}/a/./b%2Fc?x=1`, headers: { host: 'ignored', 'x-amz-date': '20261121T000000Z' }, body: new TextEncoder().encode('hello') }, {});
      expect(res.status).toBe(200);
      expect(res.headers['x-echo']).toBe('/a/./b%2Fc?x=1');
      expect(new TextDecoder().decode((await readAll(res.body)).bytes)).toBe('got PUT /a/./b%2Fc?x=1');
      expect(seen.at(-1)).toEqual({ method: 'PUT', url: '/a/./b%2Fc?x=1', host: new URL(base).host, body: 'hello' });
    } finally {
      await t.destroy();
    }
  });

  it("the fallback (undici's index) gives an Agent and a request() that work the same", async () => {
    const { Agent, request } = await loadWholeUndici();
    const agent = new Agent();
    try {
      const res = await request(agent, { origin: base, path: '/fallback', method: 'GET' });
      expect(res.statusCode).toBe(200);
      expect(await res.body.text()).toBe('got GET /fallback');
    } finally {
      await agent.close();
    }
  });
});
