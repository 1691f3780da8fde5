// Refreshing an sso_session profile's cached token, against one in-process server that
// answers both APIs in their documented wire formats:
// - the SSO Portal API Reference, GetRoleCredentials
//   (https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html):
//   GET /federation/credentials?role_name=&account_id=, the token in x-amz-sso_bearer_token,
//   200 with {"roleCredentials":{accessKeyId, secretAccessKey, sessionToken, expiration (epoch ms)}};
// - the SSO OIDC API Reference, CreateToken
//   (https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html):
//   POST /token with a JSON body {clientId, clientSecret, grantType, refreshToken}, 200 with
//   {accessToken, tokenType, expiresIn (seconds), refreshToken}; an error is its HTTP status,
//   the code in x-amzn-errortype and {"error", "error_description"} in the body.
// Both calls are unsigned: the test checks that no SigV4 header reaches the server.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromNodeProviderChain, fromSso } from '../src/index.js';

interface Seen {
  method?: string;
  url?: string;
  token?: string;
  authorization?: string;
  amzDate?: string;
  contentType?: string;
  body?: Record<string, unknown>;
}

let server: Server;
let port = 0;
const seen: Seen[] = [];
const saved = { ...process.env };
const roleExpiresMs = Date.now() + 3600_000;
/** What POST /token answers next: a token (default) or an error. */
let tokenAnswer: { status: number; type?: string; body: Record<string, unknown> };
let home = '';
let cacheFile = '';

const REFRESH = 'refresh-token-secret-1234';
const CLIENT_SECRET = 'client-secret-abcdefgh';
const OLD_TOKEN = 'old-access-token-5678';

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      seen.push({
        method: req.method,
        url: req.url,
        token: req.headers['x-amz-sso_bearer_token'] as string | undefined,
        authorization: req.headers.authorization,
        amzDate: req.headers['x-amz-date'] as string | undefined,
        contentType: req.headers['content-type'],
        body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/token') {
        res.statusCode = tokenAnswer.status;
        if (tokenAnswer.type) res.setHeader('x-amzn-errortype', tokenAnswer.type);
        res.end(JSON.stringify(tokenAnswer.body));
        return;
      }
      if (req.method === 'GET' && req.url?.startsWith('/federation/credentials?')) {
        const token = req.headers['x-amz-sso_bearer_token'];
        if (token !== 'new-access-token' && token !== OLD_TOKEN) {
          res.statusCode = 401;
          res.setHeader('x-amzn-errortype', 'UnauthorizedException');
          res.end(JSON.stringify({ message: 'Session token not found or invalid' }));
          return;
        }
        res.end(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIASSO', secretAccessKey: 's-sso', sessionToken: 't-sso', expiration: roleExpiresMs } }));
        return;
      }
      res.statusCode = 404;
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

function writeCache(key: string, token: Record<string, unknown>): string {
  const file = join(home, '.aws', 'sso', 'cache', `${sha1(key)}.json`);
  writeFileSync(file, JSON.stringify(token));
  return file;
}

/** The cache `aws sso login` leaves for an sso-session (the AWS CLI's field names). */
const cliCache = (over: Record<string, unknown> = {}) => ({
  startUrl: 'https://corp.awsapps.com/start',
  region: 'us-east-1',
  accessToken: OLD_TOKEN,
  expiresAt: iso(Date.now() - 60_000),
  clientId: 'client-id-1',
  clientSecret: CLIENT_SECRET,
  registrationExpiresAt: iso(Date.now() + 30 * 86400_000),
  refreshToken: REFRESH,
  ...over,
});

beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  home = mkdtempSync(join(tmpdir(), 'skiff-sso-refresh-'));
  process.env.HOME = home;
  process.env.AWS_ENDPOINT_URL_SSO = `http://127.0.0.1:${port}`;
  process.env.AWS_ENDPOINT_URL_SSO_OIDC = `http://127.0.0.1:${port}`;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'config'),
    '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Dev\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n' +
      '[profile legacy]\nsso_start_url = https://old.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 210987654321\nsso_role_name = Ops\n',
  );
  tokenAnswer = { status: 200, body: { accessToken: 'new-access-token', tokenType: 'Bearer', expiresIn: 28800, refreshToken: 'new-refresh-token-9876' } };
  seen.length = 0;
});
afterEach(() => {
  process.env = { ...saved };
});

const tokenCalls = () => seen.filter((s) => s.url === '/token');
const portalCalls = () => seen.filter((s) => s.url?.startsWith('/federation/'));
const credentials = { accessKeyId: 'ASIASSO', secretAccessKey: 's-sso', sessionToken: 't-sso', expiration: new Date(roleExpiresMs) };

describe('SSO token refresh (sso_session profiles)', () => {
  it('(a) a valid cached token: GetRoleCredentials with it, no CreateToken, the cache file untouched', async () => {
    cacheFile = writeCache('corp', cliCache({ expiresAt: iso(Date.now() + 3600_000) }));
    const before = readFileSync(cacheFile, 'utf8');
    process.env.AWS_PROFILE = 'dev';
    expect(await fromNodeProviderChain()()).toEqual(credentials);
    expect(tokenCalls()).toEqual([]);
    expect(portalCalls()).toEqual([expect.objectContaining({ method: 'GET', url: '/federation/credentials?account_id=123456789012&role_name=Dev', token: OLD_TOKEN, authorization: undefined, amzDate: undefined })]);
    expect(readFileSync(cacheFile, 'utf8')).toBe(before);
  });

  it('(b) an expired token with refresh material: one CreateToken (refresh_token grant), the file rewritten atomically, GetRoleCredentials with the new token', async () => {
    cacheFile = writeCache('corp', cliCache());
    const registrationExpiresAt = cliCache().registrationExpiresAt;
    const t0 = Date.now();
    expect(await fromSso({ profile: 'dev' })()).toEqual(credentials);
    expect(tokenCalls()).toEqual([
      {
        method: 'POST',
        url: '/token',
        token: undefined,
        authorization: undefined,
        amzDate: undefined,
        contentType: 'application/json',
        body: { clientId: 'client-id-1', clientSecret: CLIENT_SECRET, grantType: 'refresh_token', refreshToken: REFRESH },
      },
    ]);
    // CreateToken first, then the portal with the new token.
    expect(seen.map((s) => s.url?.split('?')[0])).toEqual(['/token', '/federation/credentials']);
    expect(portalCalls()[0]!.token).toBe('new-access-token');
    const written = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
    expect(written).toEqual({
      startUrl: 'https://corp.awsapps.com/start',
      region: 'us-east-1',
      accessToken: 'new-access-token',
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      clientId: 'client-id-1',
      clientSecret: CLIENT_SECRET,
      registrationExpiresAt: expect.any(String),
      refreshToken: 'new-refresh-token-9876',
    });
    expect(written.registrationExpiresAt).toBe(registrationExpiresAt);
    const exp = Date.parse(written.expiresAt!);
    expect(exp).toBeGreaterThanOrEqual(Math.floor(t0 / 1000) * 1000 + 28800_000);
    expect(exp).toBeLessThanOrEqual(Date.now() + 28800_000);
    // The rename left no temporary file, and the token file is the user's alone.
    expect(readdirSync(join(home, '.aws', 'sso', 'cache'))).toEqual([`${sha1('corp')}.json`]);
    if (process.platform !== 'win32') expect(statSync(cacheFile).mode & 0o777).toBe(0o600);

    // The next call finds the refreshed token valid: no second CreateToken.
    seen.length = 0;
    expect(await fromSso({ profile: 'dev' })()).toEqual(credentials);
    expect(tokenCalls()).toEqual([]);
    expect(portalCalls()[0]!.token).toBe('new-access-token');
  });

  it('concurrent calls share one CreateToken', async () => {
    writeCache('corp', cliCache());
    const all = await Promise.all([fromSso({ profile: 'dev' })(), fromSso({ profile: 'dev' })(), fromSso({ profile: 'dev' })()]);
    expect(all).toEqual([credentials, credentials, credentials]);
    expect(tokenCalls()).toHaveLength(1);
    expect(portalCalls().map((c) => c.token)).toEqual(['new-access-token', 'new-access-token', 'new-access-token']);
  });

  it('a token within 5 minutes of its expiry is refreshed too', async () => {
    cacheFile = writeCache('corp', cliCache({ expiresAt: iso(Date.now() + 120_000) }));
    expect(await fromSso({ profile: 'dev' })()).toEqual(credentials);
    expect(tokenCalls()).toHaveLength(1);
    expect(portalCalls()[0]!.token).toBe('new-access-token');
  });

  it('(c) an expired registration: CredentialsError telling to run aws sso login, no CreateToken', async () => {
    writeCache('corp', cliCache({ registrationExpiresAt: iso(Date.now() - 1000) }));
    await expect(fromSso({ profile: 'dev' })()).rejects.toMatchObject({
      name: 'CredentialsError',
      message: expect.stringMatching(/has expired and cannot be refreshed: the client registration expired at .*\(run aws sso login --sso-session corp\)/),
    });
    expect(seen).toEqual([]);
  });

  it('an expired token without refresh material names what is missing, no CreateToken', async () => {
    writeCache('corp', { accessToken: OLD_TOKEN, expiresAt: iso(Date.now() - 1000) });
    await expect(fromSso({ profile: 'dev' })()).rejects.toMatchObject({
      name: 'CredentialsError',
      message: expect.stringMatching(/no refreshToken, clientId, clientSecret, registrationExpiresAt \(run aws sso login --sso-session corp\)/),
    });
    expect(seen).toEqual([]);
  });

  it('(d) a legacy sso_start_url profile with an expired token: CredentialsError saying it is not refreshed, no CreateToken', async () => {
    // Even with refresh material in its cache file.
    writeCache('https://old.awsapps.com/start', cliCache({ startUrl: 'https://old.awsapps.com/start', region: 'eu-west-1' }));
    await expect(fromSso({ profile: 'legacy' })()).rejects.toMatchObject({
      name: 'CredentialsError',
      message: expect.stringMatching(/expired \(run aws sso login\); a legacy sso_start_url profile's token is not refreshed/),
    });
    expect(seen).toEqual([]);
  });

  it('(e) CreateToken answering 400 InvalidGrantException: CredentialsError naming the step, no secret in it, the file untouched', async () => {
    cacheFile = writeCache('corp', cliCache());
    const before = readFileSync(cacheFile, 'utf8');
    // A hostile or careless answer that quotes the refresh token and the client secret back.
    tokenAnswer = { status: 400, type: 'InvalidGrantException', body: { error: 'invalid_grant', error_description: `Invalid grant ${REFRESH} for ${CLIENT_SECRET}` } };
    const err = (await fromSso({ profile: 'dev' })().catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ name: 'CredentialsError' });
    // The error_description, with the secrets it quoted scrubbed.
    expect(err.message).toMatch(/^Profile "dev": the cached SSO token of sso-session "corp" has expired; refreshing it with SSO OIDC CreateToken failed: InvalidGrantException: Invalid grant \[redacted\] for \[redacted\]/);
    expect(err.message).toMatch(/\(run aws sso login --sso-session corp\)$/);
    for (const secret of [REFRESH, CLIENT_SECRET, OLD_TOKEN]) {
      expect(err.message).not.toContain(secret);
      expect(JSON.stringify(err)).not.toContain(secret);
    }
    expect(tokenCalls()).toHaveLength(1);
    expect(portalCalls()).toEqual([]);
    expect(readFileSync(cacheFile, 'utf8')).toBe(before);

    // A second call within 30 s does not ask again (v3 and botocore wait as long).
    seen.length = 0;
    await expect(fromSso({ profile: 'dev' })()).rejects.toMatchObject({ message: expect.stringMatching(/a refresh failed less than 30 s ago/) });
    expect(seen).toEqual([]);
  });

  it('a failed refresh of a token that has not expired yet falls back to the cached token, as v3 and botocore do', async () => {
    writeCache('corp', cliCache({ expiresAt: iso(Date.now() + 120_000) }));
    tokenAnswer = { status: 500, type: 'InternalServerException', body: { error: 'server_error', error_description: 'try later' } };
    expect(await fromSso({ profile: 'dev' })()).toEqual(credentials);
    // InternalServerException is a server fault: retried (3 attempts by default), then given up.
    expect(tokenCalls().length).toBeGreaterThanOrEqual(1);
    expect(portalCalls()[0]!.token).toBe(OLD_TOKEN);
  });

  it('GetRoleCredentials refused (401 UnauthorizedException): CredentialsError naming the step, no token in it', async () => {
    writeCache('corp', cliCache({ accessToken: 'revoked-access-token-1', expiresAt: iso(Date.now() + 3600_000) }));
    const err = (await fromSso({ profile: 'dev' })().catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ name: 'CredentialsError', message: expect.stringMatching(/^Profile "dev": SSO GetRoleCredentials failed: UnauthorizedException: .*\(run aws sso login --sso-session corp\)$/) });
    expect(err.message).not.toContain('revoked-access-token-1');
  });
});
