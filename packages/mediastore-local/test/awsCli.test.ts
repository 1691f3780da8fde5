import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { requireAwsCli, run } from './helpers/pythonPeers.js';

// The AWS CLI v1 (botocore underneath, but its own argument handling, output and file I/O)
// through every operation of both planes. Each call starts a python process (about a
// second of CPU), so every operation is called once.
let server: MediaStoreLocal;
let aws: string;
let dir: string;
const env = {
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_MAX_ATTEMPTS: '1',
};
beforeAll(async () => {
  aws = requireAwsCli();
  server = await startMediaStoreLocal({ creatingDelayMs: 0 });
  dir = mkdtempSync(join(tmpdir(), 'mediastore-cli-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function cli(service: string, endpoint: string, ...args: string[]): Promise<any> {
  const r = await run(aws, [service, '--endpoint-url', endpoint, '--output', 'json', ...args], env);
  if (r.code !== 0) return { error: r.stderr.trim() };
  return r.stdout.trim() === '' ? {} : JSON.parse(r.stdout);
}

it('aws mediastore and aws mediastore-data run every operation', async () => {
  const ms = (...a: string[]) => cli('mediastore', server.endpoint, ...a);
  const created = await ms('create-container', '--container-name', 'cli', '--tags', 'Key=team,Value=media');
  expect(created.Container.Name).toBe('cli');
  const arn = created.Container.ARN;
  const described = await ms('describe-container', '--container-name', 'cli');
  expect(described.Container.Endpoint).toBe(server.dataEndpoint('cli'));
  expect((await ms('list-containers')).Containers.map((c: any) => c.Name)).toEqual(['cli']);

  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'mediastore:GetObject', Resource: `${arn}/*` }] });
  expect(await ms('put-container-policy', '--container-name', 'cli', '--policy', policy)).toEqual({});
  expect((await ms('get-container-policy', '--container-name', 'cli')).Policy).toBe(policy);
  expect(await ms('delete-container-policy', '--container-name', 'cli')).toEqual({});

  const cors = [{ AllowedOrigins: ['*'], AllowedMethods: ['GET'], AllowedHeaders: ['*'] }];
  await ms('put-cors-policy', '--container-name', 'cli', '--cors-policy', JSON.stringify(cors));
  expect((await ms('get-cors-policy', '--container-name', 'cli')).CorsPolicy).toEqual(cors);
  await ms('delete-cors-policy', '--container-name', 'cli');

  const lifecycle = JSON.stringify({ rules: [{ definition: { path: [{ prefix: 'x/' }] }, action: 'EXPIRE', seconds: 60 }] });
  await ms('put-lifecycle-policy', '--container-name', 'cli', '--lifecycle-policy', lifecycle);
  expect((await ms('get-lifecycle-policy', '--container-name', 'cli')).LifecyclePolicy).toBe(lifecycle);
  await ms('delete-lifecycle-policy', '--container-name', 'cli');

  const metric = { ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'x/', ObjectGroupName: 'x' }] };
  await ms('put-metric-policy', '--container-name', 'cli', '--metric-policy', JSON.stringify(metric));
  expect((await ms('get-metric-policy', '--container-name', 'cli')).MetricPolicy).toEqual(metric);
  await ms('delete-metric-policy', '--container-name', 'cli');

  await ms('start-access-logging', '--container-name', 'cli');
  expect((await ms('describe-container', '--container-name', 'cli')).Container.AccessLoggingEnabled).toBe(true);
  expect(await ms('stop-access-logging', '--container-name', 'cli')).toEqual({});

  await ms('tag-resource', '--resource', arn, '--tags', 'Key=env,Value=test');
  await ms('untag-resource', '--resource', arn, '--tag-keys', 'team');
  expect((await ms('list-tags-for-resource', '--resource', arn)).Tags).toEqual([{ Key: 'env', Value: 'test' }]);
  expect((await ms('list-tags-for-resource', '--resource', 'arn:aws:mediastore:nowhere')).error).toMatch(/ValidationException/);

  const data = (...a: string[]) => cli('mediastore-data', described.Container.Endpoint, ...a);
  const file = join(dir, 'in.txt');
  writeFileSync(file, 'from the AWS CLI');
  const put = await data('put-object', '--path', 'folder/cli.txt', '--body', file, '--content-type', 'text/plain');
  expect(put.ETag).toBe(createHash('md5').update('from the AWS CLI').digest('hex'));
  expect(put.ContentSHA256).toMatch(/^[0-9a-f]{64}$/);
  const outFile = join(dir, 'out.txt');
  const got = await data('get-object', '--path', 'folder/cli.txt', '--range', 'bytes=5-7', outFile);
  expect(got.ContentRange).toBe('bytes 5-7/16');
  expect(readFileSync(outFile, 'utf8')).toBe('the');
  const head = await data('describe-object', '--path', 'folder/cli.txt');
  expect([head.ContentLength, head.ContentType, head.ETag]).toEqual([16, 'text/plain', put.ETag]);
  expect((await data('list-items', '--path', 'folder')).Items.map((i: any) => [i.Name, i.Type])).toEqual([['cli.txt', 'OBJECT']]);
  expect(await data('delete-object', '--path', 'folder/cli.txt')).toEqual({});

  expect(await ms('delete-container', '--container-name', 'cli')).toEqual({});
  // The CLI reports a service error by its code (the 'after delete' errors are checked in boto3.test.ts).
  expect((await ms('describe-container', '--container-name', 'cli')).error).toMatch(/ContainerNotFoundException/);
}, 180_000);
