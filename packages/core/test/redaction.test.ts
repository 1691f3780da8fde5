import { describe, expect, it } from 'vitest';
import { ParamValidationError, redact, ServiceError, SkiffError } from '../src/index.js';
import { captureTransport } from '@skiff/testkit';
import { EchoCommand, TestClient } from './testService.js';

const secret = 'verySecretKeyValue/0123456789+ABCDEFGHIJ';
const token = 'FwoGZXIvYXdzEBYaDSESSIONTOKENVALUE1234567890';

describe('secrets stay out of errors and logs', () => {
  it('redacts signatures, credentials, tokens and Authorization from any text', () => {
    const text = `Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${'a'.repeat(64)}\nhttps://x/?X-Amz-Security-Token=${token}&X-Amz-Signature=${'b'.repeat(64)}`;
    const out = redact(text);
    expect(out).not.toMatch(/AKIAIOSFODNN7EXAMPLE|aaaaaaaaaaaaaaaa|bbbbbbbbbbbbbbbb/);
    expect(out).not.toContain(token);
  });

  it('an error from a service that echoes the request carries no secret, in message or JSON', async () => {
    const logs: string[] = [];
    let authorization = '';
    const cap = captureTransport((req) => {
      authorization = req.headers.authorization!;
      // A hostile or careless server echoes what it received.
      return { status: 403, headers: {}, body: new TextEncoder().encode(JSON.stringify({ __type: 'AccessDenied', message: `denied: ${req.headers.authorization} token ${req.headers['x-amz-security-token']}` })) };
    });
    const client = new TestClient({
      region: 'us-east-1', transport: cap.transport,
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret, sessionToken: token },
      logger: { debug: (m) => logs.push(m), warn: (m) => logs.push(m) },
    });
    const err = (await client.send(new EchoCommand({ Name: 'abc' })).catch((e) => e)) as ServiceError;
    expect(err.name).toBe('AccessDenied');
    const signature = /Signature=([0-9a-f]{64})/.exec(authorization)![1]!;
    for (const text of [err.message, JSON.stringify(err), String(err.stack), ...logs]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(token);
      expect(text).not.toContain(signature);
    }
  });

  it('validation errors and their JSON hold only member paths and constraints', () => {
    const e = new ParamValidationError([{ path: 'Name', message: 'length must be at most 8' }], 'Echo');
    expect(JSON.parse(JSON.stringify(e))).toEqual({ name: 'ParamValidationError', message: 'Echo: invalid input: Name: length must be at most 8', $fault: 'client', $metadata: { attempts: 0 }, issues: [{ path: 'Name', message: 'length must be at most 8' }] });
    expect(e).toBeInstanceOf(SkiffError);
  });
});

describe("a custom transport's error that quotes the request", () => {
  it('leaves no session token, access key id or signature reachable from the NetworkError (cause included)', async () => {
    const { inspect } = await import('node:util');
    const keyId = 'AKIAQUOTEDKEY0000001';
    const sessionToken = 'IQoJb3JpZ2luX2VjEQUOTEDSESSIONTOKEN0123456789';
    let signature = '';
    // An axios-style error: the request's config, headers and all, on the error itself.
    const transport = async (req: { headers: Record<string, string> }) => {
      signature = /Signature=([0-9a-f]{64})/.exec(req.headers.authorization!)![1]!;
      const inner = Object.assign(new Error(`socket hang up while sending ${req.headers.authorization}`), { code: 'ECONNRESET' });
      throw Object.assign(new Error('Request failed'), { code: 'ERR_NETWORK', config: { headers: { ...req.headers } }, request: { headers: req.headers }, cause: inner });
    };
    const client = new TestClient({ region: 'us-east-1', credentials: { accessKeyId: keyId, secretAccessKey: secret, sessionToken }, transport: transport as never, maxAttempts: 1 });
    const err = (await client.send(new EchoCommand({ Name: 'abc' })).catch((e: unknown) => e)) as Error & { code?: string };
    expect(err.name).toBe('NetworkError');
    expect(err.code).toBe('ERR_NETWORK');
    const texts = [inspect(err, { depth: 10, showHidden: true }), JSON.stringify(err), String(err.cause), err.stack ?? '', inspect(err.cause, { depth: 10, showHidden: true })];
    for (const t of texts) {
      expect(t).not.toContain(sessionToken);
      expect(t).not.toContain(keyId);
      expect(t).not.toContain(signature.slice(0, 16));
    }
    // What helps debugging stays: the codes and the (redacted) messages down the chain.
    expect((err.cause as Error & { code?: string }).code).toBe('ERR_NETWORK');
    expect(((err.cause as Error).cause as Error & { code?: string }).code).toBe('ECONNRESET');
  });
});
