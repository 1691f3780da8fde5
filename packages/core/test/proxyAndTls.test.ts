// The Node transport through a real HTTP proxy (the npm `proxy` server, on loopback): a proxy
// given in the client's transportOptions, or HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the
// environment as curl and the AWS CLI read them (undici's EnvHttpProxyAgent); an https endpoint
// reached through a CONNECT tunnel, trusting a private CA given in transportOptions.ca (a
// self-signed certificate made with openssl for the test).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxy } from 'proxy';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { creds, EchoCommand, TestClient } from './testService.js';

const listen = (srv: import('node:net').Server) => new Promise<string>((r) => srv.listen(0, '127.0.0.1', () => r(`127.0.0.1:${(srv.address() as AddressInfo).port}`)));
const answer = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
  seenByTarget.push(req.headers['x-amz-target'] as string);
  res.setHeader('content-type', 'application/x-amz-json-1.1');
  res.end(JSON.stringify({ Name: 'via' }));
};
const seenByTarget: string[] = [];
const proxied: string[] = [];

const target = createHttpServer(answer);
const proxy = createProxy(createHttpServer());
proxy.on('request', (req: IncomingMessage) => proxied.push(`${req.method} ${req.url}`));
proxy.on('connect', (req: IncomingMessage) => proxied.push(`CONNECT ${req.url}`));
let targetHost = '';
let proxyUrl = '';

// A self-signed certificate for 127.0.0.1, and an https target that presents it.
const dir = mkdtempSync(join(tmpdir(), 'skiff-tls-'));
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
const secure = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, answer);
let secureHost = '';

const saved = { ...process.env };
beforeAll(async () => {
  [targetHost, proxyUrl, secureHost] = await Promise.all([listen(target), listen(proxy).then((h) => `http://${h}`), listen(secure)]);
});
afterEach(() => {
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  proxied.length = 0;
  seenByTarget.length = 0;
});
afterAll(async () => {
  for (const s of [target, proxy, secure]) s.closeAllConnections?.();
  await Promise.all([target, proxy, secure].map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

const echo = async (endpoint: string, config: Record<string, unknown> = {}) => {
  const client = new TestClient({ region: 'us-east-1', credentials: creds, endpoint, maxAttempts: 1, ...config });
  try {
    return await client.send(new EchoCommand({ Name: 'abc' }));
  } finally {
    client.destroy();
  }
};

describe('proxies', () => {
  it('sends through the proxy given in transportOptions', async () => {
    expect((await echo(`http://${targetHost}`, { transportOptions: { proxy: proxyUrl } })).Name).toBe('via');
    // undici tunnels plain http through the proxy too (CONNECT), as it does https.
    expect(proxied).toEqual([`CONNECT ${targetHost}`]);
    expect(seenByTarget).toEqual(['Test_20200101.Echo']);
  });

  it('takes HTTP_PROXY from the environment, and NO_PROXY exempts a host', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    await echo(`http://${targetHost}`);
    expect(proxied).toHaveLength(1);
    process.env.NO_PROXY = '127.0.0.1';
    await echo(`http://${targetHost}`);
    expect(proxied).toHaveLength(1);
    expect(seenByTarget).toHaveLength(2);
  });

  it('goes direct with proxy: false whatever the environment says', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    await echo(`http://${targetHost}`, { transportOptions: { proxy: false } });
    expect(proxied).toEqual([]);
  });

  it('tunnels https with CONNECT (HTTPS_PROXY) and trusts the CA given in transportOptions', async () => {
    process.env.HTTPS_PROXY = proxyUrl;
    expect((await echo(`https://${secureHost}`, { transportOptions: { ca: cert } })).Name).toBe('via');
    expect(proxied).toEqual([`CONNECT ${secureHost}`]);
  });
});

describe('TLS certificate authorities', () => {
  it('refuses a certificate no trusted CA signed, and accepts it with transportOptions.ca', async () => {
    await expect(echo(`https://${secureHost}`)).rejects.toMatchObject({ name: 'NetworkError' });
    expect((await echo(`https://${secureHost}`, { transportOptions: { ca: cert } })).Name).toBe('via');
  });

  it('checks the numbers among the transport options when the client is built', () => {
    expect(() => new TestClient({ region: 'us-east-1', credentials: creds, transportOptions: { connections: 0 } })).toThrow(/connections: must be a finite number, 1 or more/);
    expect(() => new TestClient({ region: 'us-east-1', credentials: creds, transportOptions: { keepAliveTimeout: -1 } })).toThrow(/keepAliveTimeout/);
  });
});
