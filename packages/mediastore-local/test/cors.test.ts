import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { activeContainer, control, data, send } from './helpers/http.js';

let server: MediaStoreLocal;
let open: string; // a container without a CORS policy
let strict: string; // a container whose CORS policy allows one origin
beforeAll(async () => {
  server = await startMediaStoreLocal({ creatingDelayMs: 0 });
  open = (await activeContainer(server.endpoint, 'open')).Endpoint;
  strict = (await activeContainer(server.endpoint, 'strict')).Endpoint;
  await control(server.endpoint, 'PutCorsPolicy', {
    ContainerName: 'strict',
    CorsPolicy: [{ AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: ['x-amz-*', 'authorization', 'range'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 120 }],
  });
  await data(strict, 'PUT', 'a.txt', { body: 'A' });
});
afterAll(() => server.close());

const preflight = (url: string, origin: string, method: string, headers = 'authorization, x-amz-date, x-amz-target, content-type') =>
  send(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });

describe('CORS', () => {
  it('answers a control-plane preflight permissively and exposes the response headers', async () => {
    const res = await preflight(`${server.endpoint}/`, 'http://localhost:5173', 'POST');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toBe('authorization, x-amz-date, x-amz-target, content-type');
    const call = await send(`${server.endpoint}/_health`, { headers: { origin: 'http://localhost:5173' } });
    expect(call.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(call.headers['access-control-expose-headers']).toMatch(/x-amzn-RequestId.*ETag|ETag.*x-amzn-RequestId/);
    expect(call.headers['access-control-expose-headers']).toContain('Date');
  });

  it('is permissive on a data endpoint without a CORS policy', async () => {
    const res = await preflight(`${open}/x.txt`, 'http://localhost:3000', 'PUT');
    expect([res.status, res.headers['access-control-allow-origin']]).toEqual([200, 'http://localhost:3000']);
  });

  it('applies a container CORS policy: matching origin, method and headers', async () => {
    const ok = await preflight(`${strict}/a.txt`, 'https://app.example.com', 'GET', 'authorization, x-amz-date, range');
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(ok.headers['access-control-allow-methods']).toBe('GET, HEAD');
    expect(ok.headers['access-control-allow-headers']).toBe('authorization, x-amz-date, range');
    expect(ok.headers['access-control-max-age']).toBe('120');

    const otherOrigin = await preflight(`${strict}/a.txt`, 'https://evil.test', 'GET', 'authorization');
    expect(otherOrigin.status).toBe(403);
    expect(otherOrigin.headers['access-control-allow-origin']).toBeUndefined();
    const otherMethod = await preflight(`${strict}/a.txt`, 'https://app.example.com', 'PUT', 'authorization');
    expect(otherMethod.status).toBe(403);
    const otherHeader = await preflight(`${strict}/a.txt`, 'https://app.example.com', 'GET', 'x-custom');
    expect(otherHeader.status).toBe(403);

    const get = await data(strict, 'GET', 'a.txt', { headers: { origin: 'https://app.example.com' } });
    expect(get.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(get.headers['access-control-expose-headers']).toBe('ETag');
  });

  it('sends no CORS headers when cors is off', async () => {
    const s = await startMediaStoreLocal({ cors: false });
    try {
      const res = await preflight(`${s.endpoint}/`, 'http://localhost:5173', 'POST');
      expect(res.status).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await s.close();
    }
  });
});
