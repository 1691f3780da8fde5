import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startMediaStoreLocal } from '../src/index.js';
import { control, data, send } from './helpers/http.js';
import { signHeaders } from './helpers/testSigner.js';
import { startCli, stopCli, type CliProcess } from './helpers/cliProcess.js';

// --data-dir: what was acknowledged survives a kill -9 of the server process, and an upload
// cut off by the kill leaves the old object (or none), never a torn one.
let dir: string;
let proc: CliProcess | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mediastore-data-'));
});
afterEach(() => stopCli(proc));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const start = async () => (proc = await startCli(['--port', '0', '--creating-delay-ms', '0', '--data-dir', dir]));
const kill9 = async () => {
  proc!.child.kill('SIGKILL');
  expect(await proc!.exited).toBe('SIGKILL');
};

it('keeps containers, policies, tags and objects across a kill -9', async () => {
  const { endpoint } = await start();
  const arn = (await control(endpoint, 'CreateContainer', { ContainerName: 'kept', Tags: [{ Key: 'k', Value: 'v' }] })).json().Container.ARN;
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'mediastore:*', Resource: `${arn}/*` }] });
  const cors = [{ AllowedOrigins: ['https://a.example'], AllowedMethods: ['GET'], AllowedHeaders: ['*'] }];
  const lifecycle = JSON.stringify({ rules: [{ definition: { path: [{ prefix: 'x/' }] }, action: 'EXPIRE', seconds: 60 }] });
  const metric = { ContainerLevelMetrics: 'ENABLED' };
  for (const [op, input] of [
    ['PutContainerPolicy', { Policy: policy }],
    ['PutCorsPolicy', { CorsPolicy: cors }],
    ['PutLifecyclePolicy', { LifecyclePolicy: lifecycle }],
    ['PutMetricPolicy', { MetricPolicy: metric }],
    ['StartAccessLogging', {}],
  ] as const) {
    expect((await control(endpoint, op, { ContainerName: 'kept', ...input })).status).toBe(200);
  }
  await control(endpoint, 'TagResource', { Resource: arn, Tags: [{ Key: 'env', Value: 'ci' }] });
  await control(endpoint, 'CreateContainer', { ContainerName: 'gone' });
  await control(endpoint, 'DeleteContainer', { ContainerName: 'gone' });
  const dataEndpoint = `${endpoint}/_data/kept`;
  const put = await data(dataEndpoint, 'PUT', 'a/b.txt', { body: 'kept body', headers: { 'content-type': 'text/plain', 'cache-control': 'no-cache' } });
  expect(put.status).toBe(200);
  await data(dataEndpoint, 'PUT', 'a/deleted.txt', { body: 'x' });
  await data(dataEndpoint, 'DELETE', 'a/deleted.txt');
  await kill9();

  const { endpoint: again } = await start();
  const c = (await control(again, 'DescribeContainer', { ContainerName: 'kept' })).json().Container;
  expect([c.Status, c.ARN, c.AccessLoggingEnabled]).toEqual(['ACTIVE', arn, true]);
  expect((await control(again, 'ListContainers', {})).json().Containers.map((x: any) => x.Name)).toEqual(['kept']);
  expect((await control(again, 'GetContainerPolicy', { ContainerName: 'kept' })).json().Policy).toBe(policy);
  expect((await control(again, 'GetCorsPolicy', { ContainerName: 'kept' })).json().CorsPolicy).toEqual(cors);
  expect((await control(again, 'GetLifecyclePolicy', { ContainerName: 'kept' })).json().LifecyclePolicy).toBe(lifecycle);
  expect((await control(again, 'GetMetricPolicy', { ContainerName: 'kept' })).json().MetricPolicy).toEqual(metric);
  expect((await control(again, 'ListTagsForResource', { Resource: arn })).json().Tags).toEqual([{ Key: 'k', Value: 'v' }, { Key: 'env', Value: 'ci' }]);
  const got = await data(`${again}/_data/kept`, 'GET', 'a/b.txt');
  expect([got.status, got.body.toString(), got.headers['content-type'], got.headers['cache-control'], got.headers.etag]).toEqual([
    200, 'kept body', 'text/plain', 'no-cache', put.json().ETag,
  ]);
  expect((await data(`${again}/_data/kept`, 'GET', 'a/deleted.txt')).status).toBe(404);
  expect((await data(`${again}/_data/kept`, 'GET', '', { query: 'Path=a' })).json().Items.map((i: any) => i.Name)).toEqual(['b.txt']);
}, 60_000);

it('an upload cut off by kill -9 leaves the old object, or none', async () => {
  const { endpoint } = await start();
  await control(endpoint, 'CreateContainer', { ContainerName: 'torn' });
  const dataEndpoint = `${endpoint}/_data/torn`;
  expect((await data(dataEndpoint, 'PUT', 'video.bin', { body: 'old object' })).status).toBe(200);

  // Two chunked uploads (UNSIGNED-PAYLOAD, so the server stores as it reads) that send part
  // of their bodies and then stall until the server is killed.
  let arrived = 0;
  const stalled = (path: string) => {
    const url = `${dataEndpoint}/${path}`;
    const headers = signHeaders({ method: 'PUT', url, unsignedPayload: true, headers: { 'transfer-encoding': 'chunked' } });
    return send(url, {
      method: 'PUT',
      headers,
      body: (async function* () {
        yield Buffer.alloc(256 * 1024, 1);
        arrived++;
        await new Promise(() => {}); // never ends: the kill cuts it off
      })(),
    }).catch((e: Error) => e);
  };
  const uploads = [stalled('video.bin'), stalled('new.bin')];
  while (arrived < 2) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 200)); // the bytes reach the server
  await kill9();
  for (const u of await Promise.all(uploads)) expect(u).toBeInstanceOf(Error);

  const { endpoint: again } = await start();
  const old = await data(`${again}/_data/torn`, 'GET', 'video.bin');
  expect([old.status, old.body.toString()]).toEqual([200, 'old object']);
  expect((await data(`${again}/_data/torn`, 'GET', 'new.bin')).status).toBe(404);
  expect(readdirSync(join(dir, 'tmp'))).toEqual([]); // leftover temp files are cleared at start
}, 60_000);

it('state.reset() clears the data dir too (in-process server)', async () => {
  const own = mkdtempSync(join(tmpdir(), 'mediastore-reset-'));
  try {
    const s = await startMediaStoreLocal({ dataDir: own, creatingDelayMs: 0 });
    await control(s.endpoint, 'CreateContainer', { ContainerName: 'r' });
    s.state.reset();
    await s.close();
    const s2 = await startMediaStoreLocal({ dataDir: own });
    expect(s2.state.list()).toEqual([]);
    await s2.close();
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});
