// The bounds of a send that hold against a server (or a provider) that lies, each against a
// real loopback server through the default Node transport unless it says otherwise:
// a body read whole is bounded (maxResponseBytes, counted after decompression), a redirect is
// never followed, a credential provider that hangs is bounded by the time-out and the abort
// signal, the abort signal still ends a streamed body, and destroy() ends what is in flight.
import { gzipSync } from 'node:zlib';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, Client, createDefaultTransport, ResponseTooLargeError, TimeoutError } from '../src/index.js';
import { createDefaultTransport as fetchTransport } from '../src/platform/browser.js';
import { misbehavingServer } from '@skiff/testkit';
import { creds, EchoCommand, FetchCommand, restService, TestClient } from './testService.js';

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server(h: Parameters<typeof misbehavingServer>[0]) {
  const s = await misbehavingServer(h);
  servers.push(s);
  return s;
}

describe('maxResponseBytes', () => {
  it('fails a JSON body past the bound with ResponseTooLargeError, once, and closes the socket', async () => {
    const big = JSON.stringify({ Name: 'x'.repeat(300_000) });
    const s = await server((_req, res) => res.end(big));
    const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, maxResponseBytes: 100_000 });
    const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as Error).message).toMatch(/larger than maxResponseBytes \(100000 bytes\)/);
    expect((err as ResponseTooLargeError).$metadata.attempts).toBe(1);
    expect(s.hits()).toBe(1);
    // Under the bound the same answer is read.
    const roomy = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url });
    expect((await roomy.send(new EchoCommand({ Name: 'abc' }))).Name).toHaveLength(300_000);
  });

  it('counts what a gzip body inflates to (fetch decompresses: 0.4 KB on the wire, 400 KB read)', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ Name: ' '.repeat(400_000) })));
    expect(bomb.byteLength).toBeLessThan(2000);
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
      res.end(bomb);
    });
    const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, transport: fetchTransport(), maxResponseBytes: 100_000 });
    await expect(client.send(new EchoCommand({ Name: 'abc' }))).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('does not bound a streamed body (its reader decides)', async () => {
    const s = await server((_req, res) => res.end(Buffer.alloc(300_000, 1)));
    const client = new Client(restService, { region: 'us-east-1', credentials: creds, endpoint: s.url, maxResponseBytes: 1000 });
    const out = (await client.send(new FetchCommand({ Path: 'big' }))) as { Body: { transformToByteArray(): Promise<Uint8Array> } };
    expect((await out.Body.transformToByteArray()).byteLength).toBe(300_000);
  });
});

describe('redirects', () => {
  it('are not followed by the fetch transport: the other origin sees nothing and the 3xx is an error', async () => {
    const other = await server((_req, res) => res.end('{"Name":"stolen"}'));
    const s = await server((_req, res) => {
      res.writeHead(302, { location: `${other.url}/` });
      res.end();
    });
    for (const transport of [fetchTransport(), createDefaultTransport()]) {
      const client = new TestClient({ region: 'us-east-1', credentials: { ...creds, sessionToken: 'session-token-secret' }, endpoint: s.url, transport });
      const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e);
      expect(err).toMatchObject({ $metadata: { httpStatusCode: 302, attempts: 1 } });
    }
    expect(other.hits()).toBe(0);
  });

  it("a browser's opaque redirect is refused, not read as a success with status 0", async () => {
    const real = globalThis.fetch;
    globalThis.fetch = (async () => ({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null })) as unknown as typeof fetch;
    try {
      const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: 'https://svc.example.com', transport: fetchTransport(), maxAttempts: 1 });
      await expect(client.send(new EchoCommand({ Name: 'abc' }))).rejects.toMatchObject({ name: 'NetworkError', code: 'ERR_REDIRECT' });
    } finally {
      globalThis.fetch = real;
    }
  });
});

describe('credentials that hang', () => {
  const hanging = () => new Promise<never>(() => {});

  it('end at the time-out of each attempt (retried as a time-out, then a TimeoutError); nothing is sent', async () => {
    const s = await server((_req, res) => res.end('{}'));
    const client = new TestClient({ region: 'us-east-1', credentials: hanging, endpoint: s.url, requestTimeout: 100, maxAttempts: 2, retry: { baseDelay: 1 } });
    const t0 = Date.now();
    const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).$metadata.attempts).toBe(2);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(s.hits()).toBe(0);
  });

  it('end when the caller aborts', async () => {
    const client = new TestClient({ region: 'us-east-1', credentials: hanging, endpoint: 'http://127.0.0.1:9', requestTimeout: 0 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    await expect(client.send(new EchoCommand({ Name: 'abc' }), { abortSignal: ac.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it("a rejecting provider's plain Error arrives as a CredentialsError with $metadata", async () => {
    const client = new TestClient({ region: 'us-east-1', credentials: async () => Promise.reject(new Error('no role')), endpoint: 'http://127.0.0.1:9' });
    const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'CredentialsError', $metadata: { attempts: 1 } });
    expect((err as Error).message).toMatch(/no role/);
  });
});

describe('a streamed body after the headers', () => {
  it("fails with an AbortError when the caller's signal fires mid-body, and the socket closes", async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-length': '1000000' });
      res.write(Buffer.alloc(1000, 1)); // then nothing more
    });
    const client = new Client(restService, { region: 'us-east-1', credentials: creds, endpoint: s.url, requestTimeout: 10_000 });
    const ac = new AbortController();
    const out = (await client.send(new FetchCommand({ Path: 'slow' }), { abortSignal: ac.signal })) as unknown as { Body: Readable };
    const failed = once(out.Body, 'error').then(([e]) => e as Error);
    out.Body.resume();
    setTimeout(() => ac.abort(), 50);
    expect((await failed).name).toBe('AbortError');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.openSockets()).toBe(0);
  });

  it('lets the signal go once the body is read (no listener left on a long-lived signal)', async () => {
    const s = await server((_req, res) => res.end('abcd'));
    const client = new Client(restService, { region: 'us-east-1', credentials: creds, endpoint: s.url });
    const ac = new AbortController();
    let listeners = 0;
    const add = ac.signal.addEventListener.bind(ac.signal);
    const remove = ac.signal.removeEventListener.bind(ac.signal);
    ac.signal.addEventListener = ((...a: Parameters<typeof add>) => (listeners++, add(...a))) as typeof add;
    ac.signal.removeEventListener = ((...a: Parameters<typeof remove>) => (listeners--, remove(...a))) as typeof remove;
    for (let i = 0; i < 5; i++) {
      const out = (await client.send(new FetchCommand({ Path: 'x' }), { abortSignal: ac.signal })) as { Body: { transformToString(): Promise<string> } };
      expect(await out.Body.transformToString()).toBe('abcd');
    }
    expect(listeners).toBe(0);
  });
});

describe('destroy()', () => {
  it('ends the requests in flight at once with an AbortError, not retried, and refuses new ones', async () => {
    const s = await server(() => {}); // never answers
    const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, requestTimeout: 5000, maxAttempts: 3 });
    const pending = client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    client.destroy();
    const err = await pending;
    expect(Date.now() - t0).toBeLessThan(500);
    expect(err).toBeInstanceOf(AbortError);
    expect((err as Error).message).toMatch(/the client was destroyed/);
    expect((err as AbortError).$metadata.attempts).toBe(1);
    expect(s.hits()).toBe(1);
    await expect(client.send(new EchoCommand({ Name: 'abc' }))).rejects.toThrow(/the client was destroyed/);
  });
});


describe('deeply nested JSON', () => {
  it('with a \\u escape or a constructor key is one ResponseParseError (not a stack overflow read as a retried NetworkError)', async () => {
    for (const key of ['\\u0061', 'constructor']) {
      const deep = `${'{"a":'.repeat(20_000)}{"${key}":1}${'}'.repeat(20_000)}`;
      const s = await server((_req, res) => res.end(deep));
      const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: { baseDelay: 1 } });
      const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'ResponseParseError', $metadata: { attempts: 1 } });
      expect((err as Error).message).toMatch(/nests deeper than 500 levels/);
      expect(s.hits()).toBe(1);
    }
  });
});

describe('a streamed body that disagrees with its headers', () => {
  const read = async (url: string) => {
    const client = new Client(restService, { region: 'us-east-1', credentials: creds, endpoint: url });
    const out = (await client.send(new FetchCommand({ Path: 'x' }))) as { Body: { transformToByteArray(): Promise<Uint8Array> } };
    return out.Body.transformToByteArray();
  };

  it('fails its reader with an IntegrityError when a 206 delivers fewer bytes than its Content-Range (chunked, so HTTP sees no error)', async () => {
    const s = await server((_req, res) => {
      res.writeHead(206, { 'content-range': 'bytes 0-999/5000', 'transfer-encoding': 'chunked' });
      res.end(Buffer.alloc(500, 1));
    });
    await expect(read(s.url)).rejects.toMatchObject({ name: 'IntegrityError', message: expect.stringMatching(/had 500 bytes where its Content-Range announced 1000/) });
  });

  it('reads a body that matches its Content-Range span', async () => {
    const s = await server((req, res) => {
      if (req.url!.includes('x')) res.writeHead(206, { 'content-range': 'bytes 10-19/100', 'content-length': '10' });
      res.end(Buffer.alloc(10, 2));
    });
    expect((await read(s.url)).byteLength).toBe(10);
  });
});
