import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRouteOf } from '../src/dataPlane.js';
import { MediaStoreError } from '../src/errors.js';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { send } from './helpers/http.js';

// `.` and `..` are resolved in dataRouteOf, the one place a request path becomes a
// container and an object path: inside the object path, never above the container root.
describe('dataRouteOf', () => {
  it('resolves dot segments inside the object path', () => {
    expect(dataRouteOf('/_data/c/a/./b.txt')).toEqual({ container: 'c', path: 'a/b.txt' });
    expect(dataRouteOf('/_data/c/a/x/../b.txt')).toEqual({ container: 'c', path: 'a/b.txt' });
    expect(dataRouteOf('/_data/c/a/..')).toEqual({ container: 'c', path: '' });
  });

  it('refuses a path that climbs out of its container, or a dot in the container place', () => {
    for (const p of ['/_data/A/../B/x', '/_data/c/../../x', '/_data/c/a/../../b', '/_data/../c/x', '/_data/./c/x', '/_data/c/%2e%2e/x', '/_data/c/a%2Fb']) {
      expect(() => dataRouteOf(p), p).toThrow(MediaStoreError);
    }
  });

  it('never leaves the container named first, whatever the segments (property)', () => {
    const segment = fc.oneof(fc.constantFrom('.', '..', '%2E', '%2e%2E', '', 'a', 'b.txt', '...', '%2F', 'x%20y'), fc.stringMatching(/^[A-Za-z0-9_.~-]{1,6}$/));
    fc.assert(
      fc.property(fc.stringMatching(/^\w{1,8}$/), fc.array(segment, { maxLength: 12 }), (container, segments) => {
        let route;
        try {
          route = dataRouteOf(`/_data/${container}/${segments.join('/')}`);
        } catch (e) {
          expect(e).toBeInstanceOf(MediaStoreError);
          expect((e as MediaStoreError).code).toBe('ValidationException');
          return;
        }
        expect(route!.container).toBe(container);
        const parts = route!.path === '' ? [] : route!.path.split('/');
        for (const p of parts) {
          expect(p).not.toBe('');
          expect(p).not.toBe('.');
          expect(p).not.toBe('..');
          expect(p).not.toContain('/');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dot segments on the wire', () => {
  let server: MediaStoreLocal;
  beforeAll(async () => {
    // Signatures off: the raw request lines below are sent exactly as written.
    server = await startMediaStoreLocal({ creatingDelayMs: 0, verifySignatures: false });
    for (const name of ['A', 'B']) await send(`${server.endpoint}/`, { method: 'POST', headers: { 'x-amz-target': 'MediaStore_20170901.CreateContainer' }, body: JSON.stringify({ ContainerName: name }) });
  });
  afterAll(() => server.close());

  const raw = (method: string, path: string, body?: string) => send(`${server.endpoint}${path}`, { method, body, headers: {} });

  it('stores a/./b.txt as a/b.txt, and refuses /_data/A/../B/x without storing anything', async () => {
    // node:http sends the path as given (no normalisation), as a raw client would.
    const put = await rawRequest(server.port, 'PUT', '/_data/A/a/./b.txt', 'dot');
    expect(put.status).toBe(200);
    expect((await raw('GET', '/_data/A/a/b.txt')).body.toString()).toBe('dot');
    const escape = await rawRequest(server.port, 'PUT', '/_data/A/../B/x', 'escape');
    expect([escape.status, escape.json().__type]).toEqual([400, 'ValidationException']);
    expect(server.state.find('A')!.objects.has('a/b.txt')).toBe(true);
    expect([...server.state.find('A')!.objects.keys(), ...server.state.find('B')!.objects.keys()]).toEqual(['a/b.txt']);
  });
});

async function rawRequest(port: number, method: string, path: string, body: string) {
  return new Promise<{ status: number; json: () => any }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, json: () => JSON.parse(Buffer.concat(chunks).toString()) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
