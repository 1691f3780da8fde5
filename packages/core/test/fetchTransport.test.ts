// The browser path: core's fetch transport (platform/browser.ts) driven through a client,
// with msw answering at the protocol level.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultTransport, md5, runtime, syncCrypto } from '../src/platform/browser.js';
import { creds, EchoCommand, TestClient } from './testService.js';

const seen: Array<{ headers: Record<string, string>; body: string }> = [];
const server = setupServer(
  http.post('https://test.us-west-2.example.com/', async ({ request }) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k] = v));
    seen.push({ headers, body: await request.text() });
    if (headers['x-amz-target'] === 'Test_20200101.Echo' && seen.length === 1) {
      return HttpResponse.json({ __type: 'ProvisionedThroughputExceededException', message: 'slow' }, { status: 400 });
    }
    return HttpResponse.json({ Name: 'fetched', When: 1700000000 }, { headers: { 'x-amzn-RequestId': 'msw-1' } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('fetch transport (browser build of the platform)', () => {
  it('is the browser platform', () => {
    expect(runtime).toBe('browser');
  });

  it('sends a signed JSON 1.1 request through fetch, retries throttling, parses the answer', async () => {
    const client = new TestClient({ region: 'us-west-2', credentials: creds, transport: createDefaultTransport(), retry: { throttlingBaseDelay: 1 } });
    const out = await client.send(new EchoCommand({ Name: 'abc' }));
    expect(out.Name).toBe('fetched');
    expect(out.When).toEqual(new Date(1700000000 * 1000));
    expect(out.$metadata).toMatchObject({ requestId: 'msw-1', attempts: 2 });
    expect(seen).toHaveLength(2);
    const h = seen[1]!.headers;
    expect(h.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-west-2\/test\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(seen[1]!.body)).toEqual({ Name: 'abc' });
  });

  it('pure-JS hashing gives the same digests as node:crypto', async () => {
    const { createHash, createHmac } = await import('node:crypto');
    expect(Buffer.from(syncCrypto.sha256('abc')).toString('hex')).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(Buffer.from(syncCrypto.hmac('key', 'data')).toString('hex')).toBe(createHmac('sha256', 'key').update('data').digest('hex'));
    expect(Buffer.from(await md5('abc')).toString('hex')).toBe(createHash('md5').update('abc').digest('hex'));
  });
});
