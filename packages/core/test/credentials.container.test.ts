// Container credentials and credential_process against AWS's documented wire formats:
// an in-process HTTP server answering like the ECS agent / EKS Pod Identity agent
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromContainerMetadata, fromIni, fromNodeProviderChain, fromProcess } from '../src/index.js';

let server: Server;
let port = 0;
const seen: { url?: string; authorization?: string }[] = [];
const saved = { ...process.env };
const expiration = new Date(Date.now() + 3600_000).toISOString();

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url, authorization: req.headers.authorization });
    if (req.url !== '/v1/credentials') return void res.writeHead(404).end();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ AccessKeyId: 'ASIACONTAINER', SecretAccessKey: 's-container', Token: 't-container', Expiration: expiration, RoleArn: 'arn:aws:iam::123456789012:role/task' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  process.env.AWS_CONFIG_FILE = join(tmpdir(), 'skiff-none-config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(tmpdir(), 'skiff-none-credentials');
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  seen.length = 0;
});
afterEach(() => {
  process.env = { ...saved };
});

describe('container credentials', () => {
  it('FULL_URI on loopback with AWS_CONTAINER_AUTHORIZATION_TOKEN, through the chain', async () => {
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${port}/v1/credentials`;
    process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN = 'Basic abc';
    const c = await fromNodeProviderChain()();
    expect(c).toEqual({ accessKeyId: 'ASIACONTAINER', secretAccessKey: 's-container', sessionToken: 't-container', expiration: new Date(expiration) });
    expect(seen).toEqual([{ url: '/v1/credentials', authorization: 'Basic abc' }]);
  });

  it('the token file (EKS Pod Identity) wins over the token variable and is read each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skiff-eks-'));
    writeFileSync(join(dir, 'token'), 'eks-token-1\n');
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://localhost:${port}/v1/credentials`;
    process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN = 'ignored';
    process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = join(dir, 'token');
    await fromContainerMetadata()();
    writeFileSync(join(dir, 'token'), 'eks-token-2');
    await fromContainerMetadata()();
    expect(seen.map((s) => s.authorization)).toEqual(['eks-token-1', 'eks-token-2']);
  });

  it('refuses a FULL_URI host that is not allowed, and says which', async () => {
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = 'http://example.com/creds';
    await expect(fromContainerMetadata()()).rejects.toMatchObject({ name: 'CredentialsError', message: expect.stringMatching(/example\.com is not an allowed host/) });
    expect(seen).toEqual([]);
  });

  it('an error answer is a CredentialsError after one retry', async () => {
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${port}/wrong`;
    await expect(fromContainerMetadata()()).rejects.toThrow(/HTTP 404/);
    expect(seen).toHaveLength(2);
  });
});

describe('credential_process', () => {
  it('runs the command and reads Version 1 JSON with an Expiration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skiff-proc-'));
    const script = join(dir, 'creds.js');
    writeFileSync(script, `console.log(JSON.stringify({ Version: 1, AccessKeyId: 'AKIAPROC', SecretAccessKey: 's-proc', SessionToken: 't-proc', Expiration: '${expiration}' }))`);
    writeFileSync(process.env.AWS_CONFIG_FILE = join(dir, 'config'), `[profile p]\ncredential_process = "${process.execPath}" "${script}"\n[profile bad]\ncredential_process = "${process.execPath}" -e "console.log('{}')"\n`);
    const want = { accessKeyId: 'AKIAPROC', secretAccessKey: 's-proc', sessionToken: 't-proc', expiration: new Date(expiration) };
    expect(await fromProcess({ profile: 'p' })()).toEqual(want);
    expect(await fromIni('p')()).toEqual(want);
    await expect(fromIni('bad')()).rejects.toThrow(/unsupported Version/);
  });
});
