import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { send } from './helpers/http.js';
import { signHeaders } from './helpers/testSigner.js';

// Container Endpoints must be reachable by the client that asked: behind a port mapping, a
// proxy or on a container network the listen address is not. The Host header is signed,
// so these requests are signed for the Host they claim.
async function controlAs(endpoint: string, host: string, op: string, input: unknown) {
  const body = JSON.stringify(input);
  const headers = signHeaders({
    method: 'POST',
    url: `http://${host}/`,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `MediaStore_20170901.${op}` },
    body,
  });
  return send(`${endpoint}/`, { method: 'POST', headers, body });
}

describe('Endpoint from the request Host', () => {
  let server: MediaStoreLocal;
  beforeAll(async () => {
    server = await startMediaStoreLocal({ creatingDelayMs: 0 });
  });
  afterAll(() => server.close());

  it('is built on the Host the client used (DescribeContainer, ListContainers)', async () => {
    await controlAs(server.endpoint, 'localhost:9999', 'CreateContainer', { ContainerName: 'mapped' });
    const d = await controlAs(server.endpoint, 'mediastore.internal:4566', 'DescribeContainer', { ContainerName: 'mapped' });
    expect(d.json().Container.Endpoint).toBe('http://mediastore.internal:4566/_data/mapped');
    const l = await controlAs(server.endpoint, '[::1]:8080', 'ListContainers', {});
    expect(l.json().Containers[0].Endpoint).toBe('http://[::1]:8080/_data/mapped');
  });
});

describe('advertisedUrl', () => {
  let server: MediaStoreLocal;
  beforeAll(async () => {
    server = await startMediaStoreLocal({ creatingDelayMs: 0, host: '0.0.0.0', advertisedUrl: 'https://proxy.example.com:8443/' });
  });
  afterAll(() => server.close());

  it('wins over the Host header, and is what endpoint and dataEndpoint() report', async () => {
    expect(server.endpoint).toBe('https://proxy.example.com:8443');
    expect(server.dataEndpoint('c')).toBe('https://proxy.example.com:8443/_data/c');
    const local = `http://127.0.0.1:${server.port}`;
    await controlAs(local, `127.0.0.1:${server.port}`, 'CreateContainer', { ContainerName: 'adv' });
    const d = await controlAs(local, `127.0.0.1:${server.port}`, 'DescribeContainer', { ContainerName: 'adv' });
    expect(d.json().Container.Endpoint).toBe('https://proxy.example.com:8443/_data/adv');
  });

  it('must be an http(s) origin', async () => {
    for (const bad of ['ftp://x', 'http://x/prefix', 'not a url']) {
      await expect(startMediaStoreLocal({ advertisedUrl: bad })).rejects.toThrow(/advertisedUrl must be an http\(s\) origin/);
    }
  });
});
