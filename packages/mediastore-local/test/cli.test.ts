import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { control, data, send } from './helpers/http.js';
import { signHeaders } from './helpers/testSigner.js';
import { startCli, stopCli, type CliProcess } from './helpers/cliProcess.js';
import { run } from './helpers/pythonPeers.js';

let proc: CliProcess | undefined;
afterEach(() => stopCli(proc));

it('--port 0 prints its endpoint, serves, answers /_health, and SIGTERM exits 0', async () => {
  proc = await startCli(['--port', '0', '--creating-delay-ms', '0']);
  expect(proc.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await send(`${proc.endpoint}/_health`);
  expect([health.status, health.json()]).toEqual([200, { status: 'ok' }]);
  const res = await control(proc.endpoint, 'CreateContainer', { ContainerName: 'cli' });
  expect(res.json().Container.Name).toBe('cli');
  proc.child.kill('SIGTERM');
  expect(await proc.exited).toBe(0);
});

it('SIGTERM lets an in-flight upload finish, then exits 0', async () => {
  proc = await startCli(['--port', '0', '--creating-delay-ms', '0']);
  await control(proc.endpoint, 'CreateContainer', { ContainerName: 'drain' });
  const url = `${proc.endpoint}/_data/drain/slow.bin`;
  const headers = signHeaders({ method: 'PUT', url, unsignedPayload: true, headers: { 'transfer-encoding': 'chunked' } });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let sentFirst!: () => void;
  const first = new Promise<void>((r) => (sentFirst = r));
  const upload = send(url, {
    method: 'PUT',
    headers,
    body: (async function* () {
      yield Buffer.from('first half, ');
      sentFirst();
      await gate;
      yield Buffer.from('second half');
    })(),
  });
  await first;
  await new Promise((r) => setTimeout(r, 100));
  proc.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  expect(proc.child.exitCode).toBe(null); // still draining
  release();
  const res = await upload;
  expect([res.status, res.headers.connection]).toEqual([200, 'close']);
  expect(await proc.exited).toBe(0);
});

it('--max-connections: one connection more is answered 503 with a clear error', async () => {
  proc = await startCli(['--port', '0', '--max-connections', '2']);
  const { port } = new URL(proc.endpoint);
  const open = [connect(Number(port), '127.0.0.1'), connect(Number(port), '127.0.0.1')];
  await Promise.all(open.map((s) => once(s, 'connect')));
  await new Promise((r) => setTimeout(r, 100));
  const res = await send(`${proc.endpoint}/_health`);
  expect([res.status, res.headers['x-amzn-errortype']]).toEqual([503, 'ServiceUnavailableException']);
  expect(res.json().Message).toMatch(/at most 2 at once \(maxConnections\)/);
  for (const s of open) s.destroy();
  await new Promise((r) => setTimeout(r, 100));
  expect((await send(`${proc.endpoint}/_health`)).status).toBe(200);
});

it('--max-body-bytes: a larger PutObject is refused, naming the limit', async () => {
  proc = await startCli(['--port', '0', '--creating-delay-ms', '0', '--max-body-bytes', '10']);
  await control(proc.endpoint, 'CreateContainer', { ContainerName: 'small' });
  const ok = await data(`${proc.endpoint}/_data/small`, 'PUT', 'ten.txt', { body: '0123456789' });
  expect(ok.status).toBe(200);
  const big = await data(`${proc.endpoint}/_data/small`, 'PUT', 'eleven.txt', { body: '0123456789A' });
  expect([big.status, big.json().__type]).toEqual([400, 'ValidationException']);
  expect(big.json().Message).toMatch(/body size limit of 10 bytes \(maxBodyBytes \/ --max-body-bytes\)/);
});

it('--help lists every option, and the README documents each one', async () => {
  const { execPath } = process;
  const r = await run(execPath, ['--import', 'tsx', new URL('../src/cli.ts', import.meta.url).pathname, '--help']);
  expect(r.code).toBe(0);
  const source = readFileSync(new URL('../src/cli.ts', import.meta.url), 'utf8');
  const declared = [...source.matchAll(/^ {4}'?([a-z-]+)'?: \{ type:/gm)].map((m) => m[1]!);
  expect(declared.length).toBeGreaterThanOrEqual(15);
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const option of declared) {
    expect(r.stdout, option).toContain(`--${option}`);
    expect(readme, option).toContain(`--${option}`);
  }
});
