// Fault injection through each service client: an in-process server misbehaves on purpose
// (resets, stalls, 5xx with and without Retry-After, each service's throttling codes, 429,
// cut or lying bodies, malformed JSON/XML, a proxy's HTML page) and each row asserts the
// outcome — retried to success, or a typed error — and the attempts it took, counted on both
// sides (the client's $metadata and the server's hits).
import { describe, expect, it } from 'vitest';
import { ResponseParseError, ServiceError, TimeoutError, type ClientConfig } from '@skiff/core';
import { faultServer, rawHead, type Exchange, type FaultServer } from './support/faultServer.js';
import { count, failure, note, peak } from './support/registry.js';
import { classFor, SERVICES, type ServiceCase } from './support/services.js';

type Outcome =
  | { kind: 'success'; attempts: number; minMs?: number }
  | { kind: 'error'; name: string | ((svc: ServiceCase) => string); attempts: number; cls?: 'timeout' | 'parse' | 'declared'; fault?: 'client' | 'server'; throttling?: boolean };

interface Fault {
  name: string;
  /** How many responses misbehave (the rest are healthy). */
  bad: number | 'all';
  act(svc: ServiceCase, x: Exchange): void;
  expect: Outcome;
  config?: Partial<ClientConfig>;
  /** The server must have no open socket afterwards, before the client is destroyed. */
  noSocketLeft?: boolean;
}

const half = (s: string) => s.slice(0, Math.floor(s.length / 2));

const FAULTS: Fault[] = [
  {
    name: 'connection reset before the response',
    bad: 1,
    act: (_s, x) => x.socket.destroy(),
    expect: { kind: 'success', attempts: 2 },
  },
  {
    name: 'connection reset during the response (headers and half the body sent)',
    bad: 1,
    act: (svc, x) => {
      const a = svc.answerBody();
      rawHead(x.socket, 200, { ...a.headers, 'content-length': Buffer.byteLength(a.body) });
      x.socket.write(half(a.body));
      setTimeout(() => x.socket.destroy(), 5);
    },
    expect: { kind: 'success', attempts: 2 },
  },
  {
    name: 'stalled response: the time-out fires, the request is aborted, the socket is closed',
    bad: 'all',
    act: () => undefined,
    config: { requestTimeout: 400, maxAttempts: 2 },
    expect: { kind: 'error', name: 'TimeoutError', attempts: 2, cls: 'timeout' },
    noSocketLeft: true,
  },
  {
    name: 'stalled mid-body: headers and part of the body, then silence',
    bad: 'all',
    act: (svc, x) => {
      const a = svc.answerBody();
      rawHead(x.socket, 200, { ...a.headers, 'content-length': Buffer.byteLength(a.body) });
      x.socket.write(half(a.body));
    },
    config: { requestTimeout: 400, maxAttempts: 2 },
    expect: { kind: 'error', name: 'TimeoutError', attempts: 2, cls: 'timeout' },
    noSocketLeft: true,
  },
  {
    name: '500 (service error code), twice, without Retry-After',
    bad: 2,
    act: (svc, x) => svc.error(x.res, 500, svc.serverFaultCode),
    expect: { kind: 'success', attempts: 3 },
  },
  {
    name: '500 every time: the retry budget of the call runs out',
    bad: 'all',
    act: (svc, x) => svc.error(x.res, 500, svc.serverFaultCode),
    expect: { kind: 'error', name: (svc) => svc.serverFaultCode, attempts: 3, cls: 'declared', fault: 'server', throttling: false },
  },
  {
    name: '503 with Retry-After: 1 (waited for)',
    bad: 1,
    act: (svc, x) => svc.error(x.res, 503, 'ServiceUnavailable', 'busy', { 'retry-after': '1' }),
    expect: { kind: 'success', attempts: 2, minMs: 950 },
  },
  {
    name: '503 without a body or code, every time',
    bad: 'all',
    act: (_s, x) => x.res.writeHead(503, { 'content-length': 0 }).end(),
    expect: { kind: 'error', name: 'ServiceUnavailable', attempts: 3, fault: 'server', throttling: false },
  },
  {
    name: '429 with no body, once',
    bad: 1,
    act: (_s, x) => x.res.writeHead(429, { 'content-length': 0 }).end(),
    expect: { kind: 'success', attempts: 2 },
  },
  {
    name: '429 every time: throttled to the end',
    bad: 'all',
    act: (_s, x) => x.res.writeHead(429, { 'content-length': 0 }).end(),
    expect: { kind: 'error', name: 'TooManyRequestsException', attempts: 3, throttling: true },
  },
  {
    name: 'truncated body: chunked, the connection closes before the last chunk',
    bad: 1,
    act: (svc, x) => {
      const a = svc.answerBody();
      rawHead(x.socket, 200, { ...a.headers, 'transfer-encoding': 'chunked' });
      const piece = half(a.body);
      x.socket.write(`${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`);
      setTimeout(() => x.socket.end(), 5);
    },
    expect: { kind: 'success', attempts: 2 },
  },
  {
    name: 'wrong Content-Length: larger than the body, then the connection closes',
    bad: 1,
    act: (svc, x) => {
      const a = svc.answerBody();
      rawHead(x.socket, 200, { ...a.headers, 'content-length': Buffer.byteLength(a.body) + 100 });
      x.socket.end(a.body);
    },
    expect: { kind: 'success', attempts: 2 },
  },
  {
    name: 'wrong Content-Length: smaller than the body (the document arrives cut)',
    bad: 'all',
    act: (svc, x) => {
      const a = svc.answerBody();
      rawHead(x.socket, 200, { ...a.headers, 'content-length': Math.floor(Buffer.byteLength(a.body) / 2) });
      x.socket.end(a.body);
    },
    expect: { kind: 'error', name: 'ResponseParseError', attempts: 1, cls: 'parse', fault: 'server' },
  },
  {
    name: 'malformed JSON/XML in a 200',
    bad: 'all',
    act: (svc, x) => {
      const a = svc.answerBody();
      x.res.writeHead(200, a.headers).end(a.body.slice(0, -7) + (svc.protocol === 'json' || svc.protocol === 'restJson' ? ',,]' : '</Oops>'));
    },
    expect: { kind: 'error', name: 'ResponseParseError', attempts: 1, cls: 'parse', fault: 'server' },
  },
  {
    name: 'malformed body in a 500: typed by its status, retried',
    bad: 'all',
    act: (_s, x) => x.res.writeHead(500, { 'content-type': 'application/json' }).end('{"__type": "Internal'),
    expect: { kind: 'error', name: 'InternalServerError', attempts: 3, fault: 'server', throttling: false },
  },
  {
    name: "an HTML error page from a proxy (502), every time",
    bad: 'all',
    act: (_s, x) => x.res.writeHead(502, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'),
    expect: { kind: 'error', name: 'BadGateway', attempts: 3, fault: 'server', throttling: false },
  },
  {
    name: "an HTML page with status 200 from a proxy or a portal (never a success)",
    bad: 'all',
    act: (_s, x) => x.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><h1>Please sign in to the network</h1></body></html>'),
    expect: { kind: 'error', name: 'ResponseParseError', attempts: 1, cls: 'parse', fault: 'server' },
  },
];

interface Run {
  out?: unknown;
  err?: any;
  ms: number;
  server: FaultServer;
}

async function drive(svc: ServiceCase, bad: number | 'all', act: (x: Exchange) => void, config: Partial<ClientConfig> = {}, noSocketLeft = false): Promise<Run> {
  const server = await faultServer((x) => {
    if (bad === 'all' || x.n <= bad) {
      count('faults.injected responses');
      return act(x);
    }
    svc.answer(x.res);
  });
  const client = svc.client(server.url, { maxAttempts: 3, ...config });
  const t0 = performance.now();
  try {
    const run: Run = { ms: 0, server };
    try {
      run.out = await client.send(svc.probe());
    } catch (e) {
      run.err = await failure(Promise.reject(e), `${svc.name}`);
    }
    run.ms = performance.now() - t0;
    if (noSocketLeft) {
      // Every socket that carried a timed-out request is closed; a spare connection the
      // client's pool opened (carrying nothing) is reused, never more than one per attempt.
      await server.socketsClosed(2_000);
      expect(server.idleSockets()).toBeLessThanOrEqual(2);
      count('faults.sockets that carried a timed-out request, checked closed', server.hits());
    }
    return run;
  } finally {
    client.destroy();
    await server.close();
  }
}

describe.each(SERVICES.map((s) => [s.name, s] as const))('%s client under injected faults', (_name, svc) => {
  it.concurrent.each(FAULTS.map((f) => [f.name, f] as const))('%s', async (_f, fault) => {
    const r = await drive(svc, fault.bad, (x) => fault.act(svc, x), fault.config, fault.noSocketLeft);
    const e = fault.expect;
    note('fault rows', { service: svc.name, fault: fault.name, outcome: r.err ? r.err.name : 'success', attempts: r.err ? r.err.$metadata?.attempts : (r.out as { $metadata: { attempts: number } }).$metadata.attempts, hits: r.server.hits() });
    if (e.kind === 'success') {
      expect(r.err, r.err && `${r.err.name}: ${r.err.message}`).toBeUndefined();
      expect(svc.check(r.out)).toBe(true);
      expect((r.out as { $metadata: { attempts: number } }).$metadata.attempts).toBe(e.attempts);
      expect(r.server.hits()).toBe(e.attempts);
      if (e.minMs) expect(r.ms).toBeGreaterThanOrEqual(e.minMs);
      count('faults.retried to success');
    } else {
      expect(r.err, 'a typed error, never a success').toBeDefined();
      const name = typeof e.name === 'function' ? e.name(svc) : e.name;
      expect(r.err.name).toBe(name);
      expect(r.err.$metadata.attempts, 'attempts the client made').toBe(e.attempts);
      // A timed-out attempt may end before its request reaches the server (undici can still
      // be writing it on a fresh connection under load); every other row is exact.
      if (e.cls === 'timeout') expect(r.server.hits(), 'requests the server saw').toBeGreaterThanOrEqual(1);
      else expect(r.server.hits(), 'requests the server saw').toBe(e.attempts);
      expect(r.server.hits()).toBeLessThanOrEqual(e.attempts);
      if (e.cls === 'timeout') expect(r.err).toBeInstanceOf(TimeoutError);
      if (e.cls === 'parse') expect(r.err).toBeInstanceOf(ResponseParseError);
      if (e.cls === 'declared') expect(r.err).toBeInstanceOf(classFor(svc, name)!);
      if (e.fault) expect(r.err.$fault).toBe(e.fault);
      if (e.throttling !== undefined) expect(r.err.$retryable).toEqual({ throttling: e.throttling });
      count('faults.typed errors');
      if (e.cls === 'timeout') peak('faults.time-out rows: max ms for 2 attempts of 400 ms', Math.round(r.ms));
    }
    count('faults.rows');
  });

  it.concurrent.each(svc.throttling.map((t) => [t.code, t] as const))('throttling %s: retried with throttling backoff, then typed when it persists', async (code, t) => {
    const retried: Array<{ name: string; $retryable?: unknown }> = [];
    const hooks = { beforeRetry: ({ error }: { error: Error }) => void retried.push(error as never) };
    const once = await drive(svc, 1, (x) => svc.error(x.res, t.status, code), { hooks });
    expect(once.err).toBeUndefined();
    expect((once.out as { $metadata: { attempts: number } }).$metadata.attempts).toBe(2);
    expect(retried.map((x) => [x.name, x.$retryable])).toEqual([[code, { throttling: true }]]);

    const always = await drive(svc, 'all', (x) => svc.error(x.res, t.status, code), { maxAttempts: 4 });
    expect(always.err.name).toBe(code);
    expect(always.err.$retryable).toEqual({ throttling: true });
    expect(always.err.$metadata.attempts).toBe(4);
    expect(always.server.hits()).toBe(4);
    const cls = classFor(svc, code);
    if (cls) expect(always.err).toBeInstanceOf(cls);
    else expect(always.err).toBeInstanceOf(ServiceError);
    note('throttling rows', { service: svc.name, code, attemptsOnce: 2, attemptsAlways: 4, classDeclared: Boolean(cls) });
    count('faults.throttling codes exercised');
    count('faults.rows', 2);
    count('faults.retried to success');
    count('faults.typed errors');
  });

  it.concurrent.each(svc.notThrottling.map((t) => [t.code, t] as const))('%s is not throttling here: never retried', async (code, t) => {
    const r = await drive(svc, 'all', (x) => svc.error(x.res, t.status, code));
    expect(r.err.name).toBe(code);
    expect(r.err.$retryable).toBeUndefined();
    expect(r.err.$metadata).toMatchObject({ attempts: 1, httpStatusCode: t.status });
    expect(r.server.hits()).toBe(1);
    expect(r.err).toBeInstanceOf(classFor(svc, code) ?? ServiceError);
    count('faults.rows');
    count('faults.typed errors');
  });
});

describe('the throttling table is what the packages declare', () => {
  it('covers each service’s declared throttling codes', () => {
    const table = Object.fromEntries(SERVICES.map((s) => [s.name, s.throttling.map((t) => t.code).sort()]));
    expect(table).toEqual({
      Kinesis: ['LimitExceededException', 'ProvisionedThroughputExceededException', 'Throttling'],
      MediaStore: ['LimitExceededException', 'ThrottlingException'],
      MediaStoreData: ['ThrottlingException'],
      S3: ['SlowDown'],
      IAM: ['Throttling'],
    });
  });
});
