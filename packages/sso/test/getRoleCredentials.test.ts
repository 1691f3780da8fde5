// GetRoleCredentials on the wire, against an in-process server following the SSO Portal API
// Reference (https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html):
// GET /federation/credentials?role_name=&account_id=, the token in x-amz-sso_bearer_token, no
// SigV4 signature; 200 with {"roleCredentials":{...}} (expiration in epoch milliseconds); an
// error is its HTTP status with the code in x-amzn-errortype and {"message"} in the body.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isServiceError, ParamValidationError } from '@skiff/core';
import {
  GetRoleCredentialsCommand, InvalidRequestException, ResourceNotFoundException, SSOClient, SSOServiceException, ssoService, TooManyRequestsException,
  UnauthorizedException,
} from '../src/index.js';

let server: Server;
let endpoint = '';
const seen: { method?: string; url?: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let answer: { status: number; type?: string; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = answer.status;
      res.setHeader('content-type', 'application/json');
      if (answer.type) res.setHeader('x-amzn-errortype', answer.type);
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
});

// The operation is unsigned: a client whose credentials would fail still sends it.
const client = () =>
  new SSOClient({
    region: 'us-east-1',
    endpoint,
    maxAttempts: 1,
    credentials: async () => {
      throw new Error('no credentials should be asked for');
    },
  });
const input = { accountId: '123456789012', roleName: 'Dev', accessToken: 'bearer-token-1234' };

describe('SSO GetRoleCredentials', () => {
  it('is GET /federation/credentials with the query and the bearer token, unsigned; the output as the reference gives it', async () => {
    const expiration = Date.now() + 3600_000;
    answer = { status: 200, body: { roleCredentials: { accessKeyId: 'ASIA1', secretAccessKey: 'secret', sessionToken: 'session', expiration } } };
    const c = client();
    const out = await c.send(new GetRoleCredentialsCommand(input));
    c.destroy();
    expect(out.roleCredentials).toEqual({ accessKeyId: 'ASIA1', secretAccessKey: 'secret', sessionToken: 'session', expiration });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(seen).toHaveLength(1);
    const r = seen[0]!;
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/federation/credentials?account_id=123456789012&role_name=Dev');
    expect(r.headers['x-amz-sso_bearer_token']).toBe('bearer-token-1234');
    expect(r.body).toBe('');
    for (const h of ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']) expect(r.headers[h], h).toBeUndefined();
  });

  it('encodes the query members', async () => {
    answer = { status: 200, body: { roleCredentials: {} } };
    const c = client();
    await c.send(new GetRoleCredentialsCommand({ ...input, roleName: 'Dev Ops/ä+1' }));
    c.destroy();
    expect(seen[0]!.url).toBe('/federation/credentials?account_id=123456789012&role_name=Dev%20Ops%2F%C3%A4%2B1');
  });

  it.each([
    [400, 'InvalidRequestException', InvalidRequestException],
    [401, 'UnauthorizedException', UnauthorizedException],
    [404, 'ResourceNotFoundException', ResourceNotFoundException],
    [429, 'TooManyRequestsException', TooManyRequestsException],
  ] as const)('HTTP %i %s is its class (an SSOServiceException)', async (status, code, cls) => {
    answer = { status, type: code, body: { message: `about ${code}` } };
    const c = client();
    const e = await c.send(new GetRoleCredentialsCommand(input)).catch((x: unknown) => x);
    c.destroy();
    expect(e).toBeInstanceOf(cls);
    expect(e).toBeInstanceOf(SSOServiceException);
    expect(isServiceError(e, code)).toBe(true);
    expect(e).toMatchObject({ name: code, message: `about ${code}`, $metadata: { httpStatusCode: status } });
    if (code === 'TooManyRequestsException') expect(e).toMatchObject({ $retryable: { throttling: true } });
  });

  it('refuses an input without its required members before sending', async () => {
    const c = client();
    for (const bad of [{ ...input, accessToken: undefined }, { ...input, accountId: '' }, { ...input, roleName: undefined }]) {
      await expect(c.send(new GetRoleCredentialsCommand(bad as never))).rejects.toBeInstanceOf(ParamValidationError);
    }
    c.destroy();
    expect(seen).toEqual([]);
  });

  it('has the portal endpoint of a region', () => {
    expect(ssoService.endpoint('eu-west-1')).toBe('https://portal.sso.eu-west-1.amazonaws.com');
    expect(ssoService.endpoint('cn-north-1')).toBe('https://portal.sso.cn-north-1.amazonaws.com.cn');
  });
});
