import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ParamValidationError, TimeoutError } from '../src/index.js';
import { captureTransport } from '@skiff/testkit';
import { creds, EchoCommand, NotFound, TestClient } from './testService.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number, body: Buffer) => void;
const servers: Array<{ close(): void }> = [];
async function serve(handler: Handler): Promise<{ url: string; hits: () => number }> {
  let n = 0;
  const srv = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => handler(req, res, ++n, Buffer.concat(chunks)));
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  servers.push({ close: () => srv.close() });
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, hits: () => n };
}
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('Client.send', () => {
  it('serializes, signs, sends over undici and parses a JSON 1.1 response', async () => {
    let seen: { target?: string; auth?: string; body?: string } = {};
    const s = await serve((req, res, _n, body) => {
      seen = { target: req.headers['x-amz-target'] as string, auth: req.headers.authorization, body: body.toString() };
      res.setHeader('x-amzn-requestid', 'req-1');
      res.end(JSON.stringify({ Name: 'abc', When: 1700000000, Blob: Buffer.from('hi').toString('base64'), Extra: 1 }));
    });
    const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url });
    const out = await client.send(new EchoCommand({ Name: 'abc', Data: new Uint8Array([1, 2]) }));
    client.destroy();
    expect(seen.target).toBe('Test_20200101.Echo');
    expect(seen.auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/test\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(seen.body!)).toEqual({ Name: 'abc', Data: 'AQI=' });
    expect(out.When).toEqual(new Date(1700000000 * 1000));
    expect(new TextDecoder().decode(out.Blob)).toBe('hi');
    expect((out as unknown as Record<string, unknown>).Extra).toBe(1);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'req-1', attempts: 1 });
  });

  it('throws ParamValidationError naming the member and sends nothing', async () => {
    const cap = captureTransport();
    const client = new TestClient({ region: 'us-east-1', credentials: creds, transport: cap.transport });
    const err = await client.send(new EchoCommand({ Name: 'abcdefghij', Count: 11 })).catch((e) => e);
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(err.issues).toEqual([
      { path: 'Name', message: 'length must be at most 8' },
      { path: 'Count', message: 'must be at most 10' },
    ]);
    expect(cap.requests).toHaveLength(0);
    const missing = await client.send(new EchoCommand({} as never)).catch((e) => e);
    expect(missing.issues).toEqual([{ path: 'Name', message: 'is required' }]);
  });

  it('validation: false sends what it is given', async () => {
    const cap = captureTransport();
    const client = new TestClient({ region: 'us-east-1', credentials: creds, transport: cap.transport, validation: false });
    await client.send(new EchoCommand({ Name: 'ABCDEFGHIJKLMN' }));
    expect(JSON.parse(new TextDecoder().decode(cap.last!.body))).toEqual({ Name: 'ABCDEFGHIJKLMN' });
  });

  it('maps a typed error and retries throttling to success', async () => {
    const s = await serve((_req, res, n) => {
      res.statusCode = 400;
      if (n === 1) return res.end(JSON.stringify({ __type: 'ProvisionedThroughputExceededException', message: 'slow down' }));
      if (n === 2) return res.end(JSON.stringify({ __type: 'ResourceNotFoundException', message: 'no such stream' }));
    });
    const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, retry: { throttlingBaseDelay: 1 } });
    const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    client.destroy();
    expect(err).toBeInstanceOf(NotFound);
    expect(err.name).toBe('ResourceNotFoundException');
    expect(err.message).toBe('no such stream');
    expect(err.$fault).toBe('client');
    expect(err.$metadata.attempts).toBe(2);
    expect(s.hits()).toBe(2);
  });

  it('times out a stalled response and retries, then gives up with TimeoutError', async () => {
    const s = await serve(() => {
      /* never answers */
    });
    const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint: s.url, requestTimeout: 100, maxAttempts: 2, retry: { baseDelay: 1 } });
    const t0 = Date.now();
    const err = await client.send(new EchoCommand({ Name: 'abc' })).catch((e) => e);
    client.destroy();
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.$metadata.attempts).toBe(2);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
