import * as ms from '@aws-sdk/client-mediastore';
import * as msd from '@aws-sdk/client-mediastore-data';
import { createHash, createHmac } from 'node:crypto';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';

// The AWS SDK for JavaScript v3 through the operations awsSdkInterop.test.ts leaves out,
// and a presigned PUT from the v3 request presigner (UNSIGNED-PAYLOAD).
let server: MediaStoreLocal;
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
beforeAll(async () => {
  server = await startMediaStoreLocal({ creatingDelayMs: 0 });
});
afterAll(() => server.close());

it('@aws-sdk/client-mediastore: policies, logging, tags, errors', async () => {
  const c = new ms.MediaStoreClient({ region: 'us-east-1', endpoint: server.endpoint, credentials, maxAttempts: 1 });
  const created = await c.send(new ms.CreateContainerCommand({ ContainerName: 'v3', Tags: [{ Key: 'team', Value: 'media' }] }));
  const arn = created.Container!.ARN!;
  const name = { ContainerName: 'v3' };
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'mediastore:*', Resource: `${arn}/*` }] });
  await c.send(new ms.PutContainerPolicyCommand({ ...name, Policy: policy }));
  expect((await c.send(new ms.GetContainerPolicyCommand(name))).Policy).toBe(policy);
  await c.send(new ms.DeleteContainerPolicyCommand(name));
  await expect(c.send(new ms.GetContainerPolicyCommand(name))).rejects.toBeInstanceOf(ms.PolicyNotFoundException);

  await c.send(new ms.PutCorsPolicyCommand({ ...name, CorsPolicy: [{ AllowedOrigins: ['*'], AllowedMethods: ['GET'], AllowedHeaders: ['*'] }] }));
  await c.send(new ms.DeleteCorsPolicyCommand(name));
  await expect(c.send(new ms.GetCorsPolicyCommand(name))).rejects.toBeInstanceOf(ms.CorsPolicyNotFoundException);

  const lifecycle = JSON.stringify({ rules: [{ definition: { path: [{ wildcard: '*' }] }, action: 'EXPIRE', days: 1 }] });
  await c.send(new ms.PutLifecyclePolicyCommand({ ...name, LifecyclePolicy: lifecycle }));
  expect((await c.send(new ms.GetLifecyclePolicyCommand(name))).LifecyclePolicy).toBe(lifecycle);
  await c.send(new ms.DeleteLifecyclePolicyCommand(name));
  await expect(c.send(new ms.GetLifecyclePolicyCommand(name))).rejects.toBeInstanceOf(ms.PolicyNotFoundException);

  const metric = { ContainerLevelMetrics: 'DISABLED' as const };
  await c.send(new ms.PutMetricPolicyCommand({ ...name, MetricPolicy: metric }));
  expect((await c.send(new ms.GetMetricPolicyCommand(name))).MetricPolicy).toEqual(metric);
  await c.send(new ms.DeleteMetricPolicyCommand(name));
  await expect(c.send(new ms.GetMetricPolicyCommand(name))).rejects.toBeInstanceOf(ms.PolicyNotFoundException);

  await c.send(new ms.StartAccessLoggingCommand(name));
  expect((await c.send(new ms.DescribeContainerCommand(name))).Container?.AccessLoggingEnabled).toBe(true);
  await c.send(new ms.StopAccessLoggingCommand(name));

  await c.send(new ms.TagResourceCommand({ Resource: arn, Tags: [{ Key: 'env', Value: 'ci' }] }));
  await c.send(new ms.UntagResourceCommand({ Resource: arn, TagKeys: ['team'] }));
  expect((await c.send(new ms.ListTagsForResourceCommand({ Resource: arn }))).Tags).toEqual([{ Key: 'env', Value: 'ci' }]);
  const bad = await c.send(new ms.ListTagsForResourceCommand({ Resource: 'arn:aws:mediastore:us-east-1:1:container/v3' })).catch((e: unknown) => e);
  expect((bad as Error).name).toBe('ValidationException');

  await c.send(new ms.DeleteContainerCommand(name));
  await expect(c.send(new ms.DescribeContainerCommand(name))).rejects.toBeInstanceOf(ms.ContainerNotFoundException);
  c.destroy();
});

it('@aws-sdk/client-mediastore-data: DeleteObject, and a PUT presigned by the v3 request presigner', async () => {
  const c = new ms.MediaStoreClient({ region: 'us-east-1', endpoint: server.endpoint, credentials, maxAttempts: 1 });
  await c.send(new ms.CreateContainerCommand({ ContainerName: 'v3data' }));
  const endpoint = (await c.send(new ms.DescribeContainerCommand({ ContainerName: 'v3data' }))).Container!.Endpoint!;
  const d = new msd.MediaStoreDataClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 });
  // v3's presigner is built for S3; given the service name and non-S3 path escaping it
  // presigns any SigV4 request, with UNSIGNED-PAYLOAD as the payload hash.
  const presigner = new S3RequestPresigner({ credentials, region: 'us-east-1', sha256: NodeHash, service: 'mediastore', uriEscapePath: true } as never);
  const base = new URL(endpoint);
  const presign = async (method: string, path: string) => {
    const signed = await presigner.presign(
      { method, protocol: base.protocol, hostname: base.hostname, port: Number(base.port), path: `${base.pathname}/${path}`, query: {}, headers: { host: base.host } } as never,
      { expiresIn: 300 },
    );
    const query = new URLSearchParams(signed.query as Record<string, string>).toString();
    return `${base.origin}${signed.path}?${query}`;
  };
  const url = await presign('PUT', 'p/presigned.txt');
  expect(new URL(url).searchParams.get('X-Amz-Credential')).toMatch(/\/us-east-1\/mediastore\/aws4_request$/);
  const put = await fetch(url, { method: 'PUT', body: 'via the v3 presigner', headers: { 'content-type': 'text/plain' } });
  expect([put.status, put.status === 200 ? '' : await put.text()]).toEqual([200, '']);
  const got = await d.send(new msd.GetObjectCommand({ Path: 'p/presigned.txt' }));
  expect(await got.Body?.transformToString()).toBe('via the v3 presigner');
  const getUrl = await presign('GET', 'p/presigned.txt');
  expect(await (await fetch(getUrl)).text()).toBe('via the v3 presigner');
  await d.send(new msd.DeleteObjectCommand({ Path: 'p/presigned.txt' }));
  await expect(d.send(new msd.DescribeObjectCommand({ Path: 'p/presigned.txt' }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
  d.destroy();
  c.destroy();
});

/** The Checksum constructor v3's signer takes (`new sha256(secret?)`), from node:crypto. */
class NodeHash {
  private readonly h;
  constructor(secret?: Uint8Array | string) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', secret);
  }
  update(data: Uint8Array | string): void {
    this.h.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}
