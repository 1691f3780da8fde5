import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { requireBoto3, run } from './helpers/pythonPeers.js';

// boto3/botocore through every control-plane and data-plane operation, presigned PUT and
// GET included (test/python/boto3_operations.py prints what each call returned).
let server: MediaStoreLocal;
let python: string;
beforeAll(async () => {
  python = requireBoto3();
  server = await startMediaStoreLocal({ creatingDelayMs: 50 });
});
afterAll(() => server?.close());

it('boto3 runs every operation against the server', async () => {
  const script = fileURLToPath(new URL('./python/boto3_operations.py', import.meta.url));
  const r = await run(python, [script, server.endpoint], { AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.describe).toEqual({
    Status: 'ACTIVE',
    Endpoint: server.dataEndpoint('boto'),
    ARN: 'arn:aws:mediastore:us-east-1:111122223333:container/boto',
    CreationTimeIsDate: true,
  });
  expect(out.list).toEqual(['boto']);
  expect([out.policy, out.cors, out.lifecycle, out.metric, out.logging]).toEqual([true, true, true, true, true]);
  expect([out.policyAfterDelete, out.corsAfterDelete, out.lifecycleAfterDelete, out.metricAfterDelete]).toEqual([
    'PolicyNotFoundException',
    'CorsPolicyNotFoundException',
    'PolicyNotFoundException',
    'PolicyNotFoundException',
  ]);
  expect(out.tags).toEqual([{ Key: 'env', Value: 'test' }]);
  expect(out.badArn).toBe('ValidationException');
  expect(out.put).toEqual({ ETag: '181cb9960f1140dfe894ff8cfa60c178', StorageClass: 'TEMPORAL' }); // md5('hello boto3')
  expect(out.get).toEqual({ Body: 'hello boto3', ContentType: 'text/plain', CacheControl: 'max-age=5' });
  expect(out.range).toEqual({ Body: 'hello', ContentRange: 'bytes 0-4/11', Status: 206 });
  expect(out.head).toEqual({ ContentLength: 11, ETag: out.put.ETag });
  expect(out.items).toEqual([['a.txt', 'OBJECT']]);
  expect(out.rootItems).toEqual([['folder', 'FOLDER']]);
  expect(out.dot).toBe('dot');
  expect(out.presignedPut).toBe(200);
  expect(out.presignedGet).toBe('presigned body');
  expect(out.getAfterDelete).toBe('ObjectNotFoundException');
  expect(out.describeAfterDelete).toBe('ContainerNotFoundException');
}, 60_000);
