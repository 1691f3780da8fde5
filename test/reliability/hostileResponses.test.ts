// Hostile responses through the clients: XML with entity declarations or nested thousands
// deep, JSON and XML whose member names reach for prototypes, and huge error bodies. Nothing
// is polluted, nothing grows without bound, and each is a typed error.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ResponseParseError } from '@skiff/core';
import { faultServer, streamRepeated } from './support/faultServer.js';
import { count, failure, note, peak } from './support/registry.js';
import { SERVICES, type ServiceCase } from './support/services.js';

// A full collection before each heap reading, without a command-line flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const xmlServices = SERVICES.filter((s) => s.protocol === 'xml' || s.protocol === 'query');
const jsonServices = SERVICES.filter((s) => s.protocol === 'json' || s.protocol === 'restJson');

async function once(svc: ServiceCase, status: number, body: string, headers: Record<string, string> = {}): Promise<{ out?: unknown; err?: Error & { $metadata: { attempts: number } }; hits: number }> {
  const server = await faultServer((x) => {
    x.res.writeHead(status, { 'content-type': svc.protocol === 'json' || svc.protocol === 'restJson' ? 'application/json' : 'application/xml', 'content-length': Buffer.byteLength(body), ...headers }).end(body);
  });
  const client = svc.client(server.url, { maxAttempts: 1 });
  try {
    return await client.send(svc.probe()).then(
      (out) => ({ out, hits: server.hits() }),
      (e: unknown) => ({ err: e as Error & { $metadata: { attempts: number } }, hits: server.hits() }),
    );
  } finally {
    client.destroy();
    await server.close();
  }
}

const clean = () => {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.prototype).not.toHaveProperty('isAdmin');
  expect(Array.prototype).not.toHaveProperty('polluted');
};

const BOMB = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><ListBucketResult><Name>&lol3;</Name></ListBucketResult>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ListPoliciesResponse><ListPoliciesResult><Marker>&xxe;</Marker></ListPoliciesResult></ListPoliciesResponse>`;
const deep = (n: number) => `<ListBucketResult>${'<a>'.repeat(n)}x${'</a>'.repeat(n)}</ListBucketResult>`;

describe.each(xmlServices.map((s) => [s.name, s] as const))('%s: hostile XML', (_n, svc) => {
  it.each([
    ['a billion-laughs entity bomb', BOMB],
    ['an external entity (XXE)', XXE],
    ['elements nested 100,000 deep', deep(100_000)],
  ])('%s in a 200 is a ResponseParseError, quickly, with no stack overflow', async (_kind, body) => {
    const t0 = performance.now();
    const r = await once(svc, 200, body);
    const ms = performance.now() - t0;
    expect(r.err).toBeInstanceOf(ResponseParseError);
    expect(r.err!.message).not.toContain('/etc/passwd:'); // nothing was resolved
    expect(ms).toBeLessThan(5_000);
    await failure(Promise.reject(r.err));
    peak('hostile.max ms to refuse a hostile XML document', Math.round(ms));
    count('hostile.responses refused');
  });

  it.each([
    ['1 MiB of "<"', '<'.repeat(1024 * 1024)],
    ['a 1 MiB tag name that never closes', `<ListBucketResult><${'a'.repeat(1024 * 1024)}`],
    ['a 1 MiB attribute that never closes', `<ListBucketResult><a ${'b'.repeat(1024 * 1024)}`],
  ])('%s (cut or hostile) is refused in linear time, in a 200 and in an error', async (_kind, body) => {
    for (const status of [200, 500]) {
      const t0 = performance.now();
      const r = await once(svc, status, body);
      const ms = performance.now() - t0;
      expect(r.err).toBeDefined();
      if (status === 200) expect(r.err).toBeInstanceOf(ResponseParseError);
      else expect(r.err!.name).toBe('InternalServerError');
      expect(ms).toBeLessThan(3_000);
      await failure(Promise.reject(r.err));
      peak('hostile.max ms to refuse a hostile XML document', Math.round(ms));
      count('hostile.responses refused');
    }
  });

  it('the same documents in an error response: a typed error by status, nothing expanded', async () => {
    for (const body of [BOMB, deep(100_000)]) {
      const r = await once(svc, 400, body);
      expect(r.err!.name).toBe('BadRequest');
      expect(r.err!.message.length).toBeLessThan(400);
      expect(r.err!.message).not.toContain('lollollol');
      await failure(Promise.reject(r.err));
      count('hostile.responses refused');
    }
  });

  it('element names that reach for prototypes are refused; as text they are data', async () => {
    for (const body of [
      '<ListBucketResult><__proto__><polluted>1</polluted></__proto__><Name>b</Name></ListBucketResult>',
      '<ListBucketResult><constructor><prototype><isAdmin>true</isAdmin></prototype></constructor></ListBucketResult>',
      '<ListPoliciesResponse><ListPoliciesResult><Policies><member><__proto__><isAdmin>true</isAdmin></__proto__></member></Policies></ListPoliciesResult></ListPoliciesResponse>',
    ]) {
      const r = await once(svc, 200, body);
      expect(r.err).toBeInstanceOf(ResponseParseError);
      await failure(Promise.reject(r.err));
      clean();
      count('hostile.responses refused');
    }
    // In an error document, a hostile member must not reach the error's details either.
    const r = await once(svc, 403, '<Error><Code>AccessDenied</Code><Message>no</Message><__proto__><isAdmin>true</isAdmin></__proto__></Error>');
    expect(r.err!.name).toBe('Forbidden');
    await failure(Promise.reject(r.err));
    clean();
    // Text that spells the names is ordinary data.
    const text = svc.protocol === 'xml'
      ? '<ListBucketResult><Name>__proto__</Name><Contents><Key>constructor</Key><Size>1</Size></Contents><IsTruncated>false</IsTruncated></ListBucketResult>'
      : '<ListPoliciesResponse><ListPoliciesResult><IsTruncated>false</IsTruncated><Policies><member><PolicyName>__proto__</PolicyName></member></Policies><Marker>constructor</Marker></ListPoliciesResult></ListPoliciesResponse>';
    const ok = await once(svc, 200, text);
    expect(ok.err).toBeUndefined();
    expect(JSON.stringify(ok.out)).toMatch(/__proto__|constructor/);
    clean();
  });
});

describe.each(jsonServices.map((s) => [s.name, s] as const))('%s: hostile JSON', (_n, svc) => {
  const payloads = [
    '{"__proto__":{"polluted":"yes","isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"yes"}}',
    '{"StreamNames":[{"__proto__":{"polluted":1}}],"Containers":[{"Name":"c","__proto__":{"isAdmin":true}}],"Items":[{"Name":"a","constructor":{"prototype":{"polluted":1}}}]}',
  ];
  it.each(payloads)('a 200 of %s pollutes nothing and keeps plain prototypes', async (body) => {
    const r = await once(svc, 200, body);
    expect(r.err).toBeUndefined();
    clean();
    const walk = (v: unknown): void => {
      if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
        expect([Object.prototype, Array.prototype, null]).toContain(Object.getPrototypeOf(v));
        expect(Object.keys(v)).not.toContain('__proto__');
        for (const x of Object.values(v)) walk(x);
      }
    };
    walk(r.out);
    count('hostile.prototype-pollution attempts survived');
  });

  it.each(payloads)('an error of %s: typed, details clean, nothing polluted', async (body) => {
    const r = await once(svc, 400, body.replace(/^\{/, '{"__type":"ValidationException","message":"bad",'));
    expect(r.err!.name).toBe('ValidationException');
    const details = (r.err as { details?: object }).details;
    if (details) expect(Object.getPrototypeOf(details)).toBe(Object.prototype);
    clean();
    await failure(Promise.reject(r.err));
    count('hostile.prototype-pollution attempts survived');
  });
});

describe('huge error bodies: memory stays bounded', () => {
  const SIZE = 50 * 1024 * 1024;
  const heap = () => {
    gc();
    return process.memoryUsage();
  };

  it.each(SERVICES.map((s) => [s.name, s] as const))('%s: a 50 MiB error body is read only up to its bound, the connection dropped', async (_n, svc) => {
    let written = Promise.resolve(0);
    const server = await faultServer((x) => {
      const e = svc.errorBody(500, svc.serverFaultCode, 'x');
      // A real error document whose message never ends: the client must stop reading.
      const head = e.body.replace(/x(<\/Message>|"\})/, '');
      x.res.writeHead(500, { ...e.headers, 'content-length': SIZE });
      x.res.write(head);
      written = streamRepeated(x.res, Buffer.alloc(64 * 1024, 'A'), SIZE - Buffer.byteLength(head));
    });
    const client = svc.client(server.url, { maxAttempts: 1 });
    try {
      // Once to warm up (modules and pools load on first use), then measured.
      await failure(client.send(svc.probe()));
      await written;
      const before = heap();
      const t0 = performance.now();
      const err = await failure(client.send(svc.probe()));
      const ms = performance.now() - t0;
      const after = heap();
      const sent = await written;
      expect(err.$metadata.httpStatusCode).toBe(500);
      expect(err.$fault).toBe('server');
      expect(err.message.length).toBeLessThan(1_000);
      const growthMiB = (after.heapUsed - before.heapUsed) / 1024 / 1024;
      const externalMiB = (after.external + after.arrayBuffers - before.external - before.arrayBuffers) / 1024 / 1024;
      // The client keeps at most 64 KiB of an error body; the server could push only what the
      // socket buffers took before the client hung up.
      expect(growthMiB).toBeLessThan(4);
      expect(externalMiB).toBeLessThan(4);
      expect(sent).toBeLessThan(SIZE / 4);
      note('huge error bodies', { service: svc.name, error: err.name, heapGrowthMiB: +growthMiB.toFixed(2), externalGrowthMiB: +externalMiB.toFixed(2), serverSentMiB: +(sent / 1024 / 1024).toFixed(2), ms: Math.round(ms) });
      peak('memory.max heap growth MiB for a 50 MiB error body', +growthMiB.toFixed(2));
      peak('memory.max MiB the server could send of a 50 MiB error body', +(sent / 1024 / 1024).toFixed(2));
      count('hostile.responses refused');
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('twenty 50 MiB error bodies in a row: heap does not ratchet up', async () => {
    const svc = SERVICES.find((s) => s.name === 'S3')!;
    const server = await faultServer((x) => {
      x.res.writeHead(503, { 'content-type': 'text/html', 'content-length': SIZE });
      void streamRepeated(x.res, Buffer.alloc(64 * 1024, '<'), SIZE);
    });
    const client = svc.client(server.url, { maxAttempts: 1 });
    try {
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        await failure(client.send(svc.probe()));
        samples.push(heap().heapUsed);
      }
      const growthMiB = (samples[19]! - samples[4]!) / 1024 / 1024;
      expect(growthMiB).toBeLessThan(4);
      note('twenty huge error bodies', { heapMiB: samples.map((s) => +(s / 1024 / 1024).toFixed(1)) });
      peak('memory.heap growth MiB over 20 consecutive 50 MiB error bodies (after warm-up)', +growthMiB.toFixed(2));
      count('hostile.responses refused', 20);
    } finally {
      client.destroy();
      await server.close();
    }
  });
});
