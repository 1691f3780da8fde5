// CreateToken on the wire, against an in-process server following the SSO OIDC API Reference
// (https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html):
// POST /token with a JSON body, no SigV4 signature; 200 with {accessToken, tokenType,
// expiresIn, refreshToken, idToken}; an error is its HTTP status with the code in
// x-amzn-errortype and OAuth's {"error", "error_description"} in the body.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isServiceError, ParamValidationError } from '@skiff/core';
import * as oidc from '../src/index.js';
import { CreateTokenCommand, SSOOIDCClient, SSOOIDCServiceException, ssoOidcService } from '../src/index.js';

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
  new SSOOIDCClient({
    region: 'us-east-1',
    endpoint,
    maxAttempts: 1,
    credentials: async () => {
      throw new Error('no credentials should be asked for');
    },
  });
const input = { clientId: 'client-1', clientSecret: 'client-secret-1', grantType: 'refresh_token', refreshToken: 'refresh-1' };

describe('SSO OIDC CreateToken', () => {
  it('is POST /token with the members as JSON, unsigned; the output as the reference gives it', async () => {
    answer = { status: 200, body: { accessToken: 'access-2', tokenType: 'Bearer', expiresIn: 28800, refreshToken: 'refresh-2' } };
    const c = client();
    const out = await c.send(new CreateTokenCommand({ ...input, scope: ['sso:account:access'] }));
    c.destroy();
    expect(out).toMatchObject({ accessToken: 'access-2', tokenType: 'Bearer', expiresIn: 28800, refreshToken: 'refresh-2' });
    expect(seen).toHaveLength(1);
    const r = seen[0]!;
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/token');
    expect(r.headers['content-type']).toBe('application/json');
    expect(JSON.parse(r.body)).toEqual({ ...input, scope: ['sso:account:access'] });
    for (const h of ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']) expect(r.headers[h], h).toBeUndefined();
  });

  const errors = [
    [400, 'AccessDeniedException', 'access_denied'],
    [400, 'AuthorizationPendingException', 'authorization_pending'],
    [400, 'ExpiredTokenException', 'expired_token'],
    [500, 'InternalServerException', 'server_error'],
    [401, 'InvalidClientException', 'invalid_client'],
    [400, 'InvalidGrantException', 'invalid_grant'],
    [400, 'InvalidRequestException', 'invalid_request'],
    [400, 'InvalidScopeException', 'invalid_scope'],
    [400, 'SlowDownException', 'slow_down'],
    [400, 'UnauthorizedClientException', 'unauthorized_client'],
    [400, 'UnsupportedGrantTypeException', 'unsupported_grant_type'],
  ] as const;
  it.each(errors)('HTTP %i %s is its class (an SSOOIDCServiceException), with the OAuth error in details', async (status, code, oauth) => {
    answer = { status, type: code, body: { error: oauth, error_description: `about ${oauth}` } };
    const c = client();
    const e = await c.send(new CreateTokenCommand(input)).catch((x: unknown) => x);
    c.destroy();
    expect(e).toBeInstanceOf((oidc as unknown as Record<string, new () => Error>)[code]);
    expect(e).toBeInstanceOf(SSOOIDCServiceException);
    expect(isServiceError(e, code)).toBe(true);
    expect(e).toMatchObject({ name: code, $metadata: { httpStatusCode: status }, details: { error: oauth, error_description: `about ${oauth}` } });
    if (code === 'InternalServerException') expect(e).toMatchObject({ $fault: 'server' });
    if (code === 'SlowDownException') expect(e).toMatchObject({ $retryable: { throttling: true } });
  });

  it('refuses an input without clientId, clientSecret or grantType before sending', async () => {
    const c = client();
    for (const k of ['clientId', 'clientSecret', 'grantType'] as const) {
      await expect(c.send(new CreateTokenCommand({ ...input, [k]: undefined } as never))).rejects.toBeInstanceOf(ParamValidationError);
    }
    c.destroy();
    expect(seen).toEqual([]);
  });

  it('has the OIDC endpoint of a region', () => {
    expect(ssoOidcService.endpoint('eu-west-1')).toBe('https://oidc.eu-west-1.amazonaws.com');
  });
});
