import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AbortError, Client, NetworkError, ResponseParseError, RetryStrategy, createCommand, defineOperation, parseRetryAfter } from '../src/index.js';
import { misbehavingServer } from '@skiff/testkit';
import { creds, EchoCommand, restService, TestClient } from './testService.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});
async function server(h: Parameters<typeof misbehavingServer>[0]) {
  const s = await misbehavingServer(h);
  closers.push(s.close);
  return s;
}
const fast = { baseDelay: 1, throttlingBaseDelay: 1, maxDelay: 50 };
const ok = (res: import('node:http').ServerResponse) => res.end('{"Name":"ok"}');

describe('retries', () => {
  it('retries 500 and 503 to success, counting attempts', async () => {
    const s = await server((_q, res, n) => {
      if (n <= 2) {
        res.statusCode = n === 1 ? 500 : 503;
        return res.end('{"__type":"InternalFailure","message":"boom"}');
      }
      ok(res);
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast });
    const out = await c.send(new EchoCommand({ Name: 'abc' }));
    c.destroy();
    expect(out.$metadata.attempts).toBe(3);
    expect(s.hits()).toBe(3);
  });

  it('honours Retry-After (seconds) on 503 and 429', async () => {
    const s = await server((_q, res, n) => {
      if (n === 1) {
        res.statusCode = 429;
        res.setHeader('retry-after', '1');
        return res.end('{}');
      }
      ok(res);
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: { ...fast, maxDelay: 5000 } });
    const t0 = Date.now();
    const out = await c.send(new EchoCommand({ Name: 'abc' }));
    c.destroy();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(out.$metadata.attempts).toBe(2);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
  });

  it('never retries a 4xx validation error', async () => {
    const s = await server((_q, res) => {
      res.statusCode = 400;
      res.end('{"__type":"ValidationException","message":"bad"}');
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast });
    const err = await c.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    c.destroy();
    expect(err.name).toBe('ValidationException');
    expect(err.$retryable).toBeUndefined();
    expect(err.$metadata).toMatchObject({ attempts: 1, httpStatusCode: 400 });
    expect(s.hits()).toBe(1);
  });

  it('retries a connection reset before the response', async () => {
    const s = await server((req, res, n) => {
      if (n === 1) return req.socket.destroy();
      ok(res);
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast });
    const out = await c.send(new EchoCommand({ Name: 'abc' }));
    c.destroy();
    expect(out.$metadata.attempts).toBe(2);
  });

  it('gives up after maxAttempts with a NetworkError when the connection keeps failing', async () => {
    const s = await server((req) => req.socket.destroy());
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast, maxAttempts: 4 });
    const err = await c.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    c.destroy();
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.$metadata.attempts).toBe(4);
    expect(s.hits()).toBe(4);
  });

  it('takes maxAttempts per call over the client\'s, either way', async () => {
    const s = await server((_q, res) => {
      res.statusCode = 500;
      res.end('{"__type":"InternalFailure","message":"boom"}');
    });
    const one = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast, maxAttempts: 1 });
    expect((await one.send(new EchoCommand({ Name: 'abc' }), { maxAttempts: 3 }).catch((e) => e)).$metadata.attempts).toBe(3);
    expect(s.hits()).toBe(3);
    const four = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast, maxAttempts: 4 });
    expect((await four.send(new EchoCommand({ Name: 'abc' }), { maxAttempts: 1 }).catch((e) => e)).$metadata.attempts).toBe(1);
    expect(s.hits()).toBe(4);
    one.destroy();
    four.destroy();
  });

  it('an HTML page from a proxy is a typed error by status, retried for 5xx', async () => {
    const s = await server((_q, res) => {
      res.statusCode = 502;
      res.setHeader('content-type', 'text/html');
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast, maxAttempts: 2 });
    const err = await c.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    c.destroy();
    expect(err.name).toBe('BadGateway');
    expect(err.$fault).toBe('server');
    expect(err.message).toContain('502 Bad Gateway');
    expect(err.$metadata.attempts).toBe(2);
  });

  it('malformed JSON in a 200 is a ResponseParseError, not a success', async () => {
    const s = await server((_q, res) => res.end('{"Name": "trunc'));
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast });
    const err = await c.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    c.destroy();
    expect(err).toBeInstanceOf(ResponseParseError);
  });

  it('a body cut short (Content-Length larger than sent) is an error, never a short success', async () => {
    const s = await server((_q, res, n) => {
      if (n === 1) {
        res.setHeader('content-length', '100');
        res.write('{"Name":');
        setTimeout(() => res.socket?.destroy(), 10);
        return;
      }
      ok(res);
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast });
    const out = await c.send(new EchoCommand({ Name: 'abc' }));
    c.destroy();
    // The truncated response was retried (the request body is bytes, so it is replayable).
    expect(out.Name).toBe('ok');
    expect(out.$metadata.attempts).toBe(2);
  });

  it('an abort signal ends the request promptly and is never retried', async () => {
    const s = await server(() => {
      /* stalls */
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = Date.now();
    const err = await c.send(new EchoCommand({ Name: 'abc' }), { abortSignal: ac.signal }).catch((e) => e);
    c.destroy();
    expect(err).toBeInstanceOf(AbortError);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(s.hits()).toBe(1);
  });

  it('a timed-out request does not leak its socket', async () => {
    const s = await server(() => {
      /* stalls */
    });
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, requestTimeout: 50, maxAttempts: 1 });
    const err = await c.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    expect(err.name).toBe('TimeoutError');
    // The aborted socket closes asynchronously; poll (bounded) rather than guess a delay.
    for (let i = 0; i < 50 && s.openSockets() > 0; i++) await new Promise((r) => setTimeout(r, 40));
    expect(s.openSockets()).toBe(0);
    c.destroy();
  });

  it('corrects clock skew from the server Date once, then succeeds', async () => {
    const serverNow = Date.now();
    const s = await server((req, res) => {
      const amzDate = String(req.headers['x-amz-date']);
      const t = Date.parse(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
      res.setHeader('date', new Date(serverNow).toUTCString());
      if (Math.abs(t - serverNow) > 15 * 60_000) {
        res.statusCode = 400;
        return res.end('{"__type":"InvalidSignatureException","message":"Signature expired"}');
      }
      ok(res);
    });
    const skewed = () => new Date(Date.now() - 60 * 60_000);
    const c = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, clock: skewed, retry: fast });
    const out = await c.send(new EchoCommand({ Name: 'abc' }));
    c.destroy();
    expect(out.$metadata.attempts).toBe(2);
    expect(Math.abs(c.skewMs - 60 * 60_000)).toBeLessThan(5_000);
  });

  it('a one-shot stream body is never re-sent after it was consumed', async () => {
    const s = await server((_q, res) => {
      res.statusCode = 500;
      res.end('{"__type":"InternalFailure"}');
    });
    const Upload = createCommand(
      defineOperation<{ Body: unknown }, object>({
        name: 'Upload', input: () => z.object({ Body: z.any() }), http: { method: 'PUT', path: '/obj' },
        bindings: { Body: { in: 'payload', kind: 'blob' } }, payloadSigning: 'unsigned',
      }),
    );
    const c = new Client(restService, { region: 'us-east-1', credentials: creds, endpoint: s.url, retry: fast, maxAttempts: 3 });
    let pulls = 0;
    async function* once() {
      pulls++;
      yield new TextEncoder().encode('data');
    }
    const err = await c.send(new Upload({ Body: once() })).catch((e) => e);
    c.destroy();
    expect(err.name).toBe('InternalFailure');
    expect(err.$metadata.attempts).toBe(1);
    expect(s.hits()).toBe(1);
    expect(pulls).toBe(1);
  });
});

describe('RetryStrategy', () => {
  it('spends its budget and stops retrying when it is empty, and refills on success', () => {
    const r = new RetryStrategy({ maxAttempts: 3 }, () => 0.5);
    let n = 0;
    while (r.acquire('other')) n++;
    expect(n).toBe(100);
    expect(r.acquire('timeout')).toBe(false);
    for (let i = 0; i < 10; i++) r.onSuccess();
    expect(r.acquire('timeout')).toBe(true);
  });

  it('backs off exponentially with jitter, capped', () => {
    const r = new RetryStrategy({ baseDelay: 100, maxDelay: 1000 }, () => 1);
    expect([1, 2, 3, 4, 5].map((a) => r.delay(a, false))).toEqual([100, 200, 400, 800, 1000]);
    expect(r.delay(1, true)).toBe(500);
    expect(r.delay(1, false, 700)).toBe(700);
  });
});
