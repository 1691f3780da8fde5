// SSO profiles against an in-process portal answering GetRoleCredentials in its documented
// wire format (https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromNodeProviderChain, fromSso } from '../src/index.js';

let server: Server;
let port = 0;
const seen: { url?: string; token?: string }[] = [];
const saved = { ...process.env };
const expiresMs = Date.now() + 3600_000;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url, token: req.headers['x-amz-sso_bearer_token'] as string });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIASSO', secretAccessKey: 's-sso', sessionToken: 't-sso', expiration: expiresMs } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  const home = mkdtempSync(join(tmpdir(), 'skiff-sso-'));
  process.env.HOME = home;
  process.env.AWS_ENDPOINT_URL_SSO = `http://127.0.0.1:${port}`;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'config'),
    '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Dev\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n' +
      '[profile legacy]\nsso_start_url = https://old.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 210987654321\nsso_role_name = Ops\n',
  );
  const cache = (key: string, token: string, expiresAt: string) => writeFileSync(join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update(key).digest('hex')}.json`), JSON.stringify({ accessToken: token, expiresAt }));
  cache('corp', 'token-corp', new Date(Date.now() + 3600_000).toISOString());
  cache('https://old.awsapps.com/start', 'token-old', new Date(Date.now() - 1000).toISOString());
  seen.length = 0;
});
afterEach(() => {
  process.env = { ...saved };
});

describe('SSO', () => {
  it('an sso_session profile: the cached token (sha1 of the session name) for GetRoleCredentials, through the chain', async () => {
    process.env.AWS_PROFILE = 'dev';
    expect(await fromNodeProviderChain()()).toEqual({ accessKeyId: 'ASIASSO', secretAccessKey: 's-sso', sessionToken: 't-sso', expiration: new Date(expiresMs) });
    expect(seen).toEqual([{ url: '/federation/credentials?account_id=123456789012&role_name=Dev', token: 'token-corp' }]);
  });

  it('a legacy profile whose cached token (sha1 of the start URL) has expired says to sign in again', async () => {
    await expect(fromSso({ profile: 'legacy' })()).rejects.toMatchObject({ name: 'CredentialsError', message: expect.stringMatching(/expired \(run aws sso login\)/) });
    expect(seen).toEqual([]);
  });
});
