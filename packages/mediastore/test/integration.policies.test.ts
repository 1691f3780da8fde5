// Policies, CORS, lifecycle and metric policies, access logging and tags against the real
// local server, over the default transport: each put/get/delete round trip and its not-found.
import { beforeAll, describe, expect, it } from 'vitest';
import * as ms from '../src/index.js';
import { fast, useLocalServer } from './localServer.js';

const ctx = useLocalServer({ creatingDelayMs: 800 });
const NAME = 'policies';
let arn = '';
const caught = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as ms.ServiceError);

beforeAll(async () => {
  const out = await ctx.client.send(new ms.CreateContainerCommand({ ContainerName: NAME, Tags: [{ Key: 'env', Value: 'test' }] }));
  arn = out.Container!.ARN!;
  await ms.waitUntilContainerActive({ client: ctx.client, maxWaitTime: 10, ...fast }, { ContainerName: NAME });
});

describe('container policy', () => {
  it('put, get, replace, delete; PolicyNotFoundException before and after', async () => {
    const { client } = ctx;
    expect(await caught(client.send(new ms.GetContainerPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
    expect(await caught(client.send(new ms.DeleteContainerPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ReadOverHttps', Effect: 'Allow', Principal: '*', Action: ['mediastore:GetObject'], Resource: `${arn}/*`, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] });
    await client.send(new ms.PutContainerPolicyCommand({ ContainerName: NAME, Policy: policy }));
    expect((await client.send(new ms.GetContainerPolicyCommand({ ContainerName: NAME }))).Policy).toBe(policy);
    const second = JSON.stringify({ Version: '2012-10-17', Statement: [] });
    await client.send(new ms.PutContainerPolicyCommand({ ContainerName: NAME, Policy: second }));
    expect((await client.send(new ms.GetContainerPolicyCommand({ ContainerName: NAME }))).Policy).toBe(second);
    await client.send(new ms.DeleteContainerPolicyCommand({ ContainerName: NAME }));
    const err = await caught(client.send(new ms.GetContainerPolicyCommand({ ContainerName: NAME })));
    expect(err).toBeInstanceOf(ms.PolicyNotFoundException);
    expect(err).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400 } });
  });
});

describe('CORS policy', () => {
  it('put, get, delete; CorsPolicyNotFoundException before and after', async () => {
    const { client } = ctx;
    expect(await caught(client.send(new ms.GetCorsPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.CorsPolicyNotFoundException);
    expect(await caught(client.send(new ms.DeleteCorsPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.CorsPolicyNotFoundException);
    const rules: ms.CorsRule[] = [
      { AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: ['*'], MaxAgeSeconds: 3000, ExposeHeaders: ['ETag'] },
      { AllowedOrigins: ['*'], AllowedMethods: ['PUT', 'GET', 'DELETE', 'HEAD'], AllowedHeaders: [] },
    ];
    await client.send(new ms.PutCorsPolicyCommand({ ContainerName: NAME, CorsPolicy: rules }));
    expect((await client.send(new ms.GetCorsPolicyCommand({ ContainerName: NAME }))).CorsPolicy).toEqual(rules);
    await client.send(new ms.DeleteCorsPolicyCommand({ ContainerName: NAME }));
    expect(await caught(client.send(new ms.GetCorsPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.CorsPolicyNotFoundException);
  });
});

describe('lifecycle policy', () => {
  it('put, get, delete; PolicyNotFoundException before and after', async () => {
    const { client } = ctx;
    expect(await caught(client.send(new ms.GetLifecyclePolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
    const policy = JSON.stringify({ rules: [{ definition: { path: [{ prefix: 'Football/' }], days_since_create: [{ numeric: ['>', 28] }] }, action: 'EXPIRE' }] });
    await client.send(new ms.PutLifecyclePolicyCommand({ ContainerName: NAME, LifecyclePolicy: policy }));
    expect((await client.send(new ms.GetLifecyclePolicyCommand({ ContainerName: NAME }))).LifecyclePolicy).toBe(policy);
    await client.send(new ms.DeleteLifecyclePolicyCommand({ ContainerName: NAME }));
    expect(await caught(client.send(new ms.GetLifecyclePolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
    expect(await caught(client.send(new ms.DeleteLifecyclePolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
  });
});

describe('metric policy', () => {
  it('put, get, delete; PolicyNotFoundException before and after', async () => {
    const { client } = ctx;
    expect(await caught(client.send(new ms.GetMetricPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
    const policy: ms.MetricPolicy = { ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'baseball/saturday/*', ObjectGroupName: 'sat_games' }] };
    await client.send(new ms.PutMetricPolicyCommand({ ContainerName: NAME, MetricPolicy: policy }));
    expect((await client.send(new ms.GetMetricPolicyCommand({ ContainerName: NAME }))).MetricPolicy).toEqual(policy);
    await client.send(new ms.PutMetricPolicyCommand({ ContainerName: NAME, MetricPolicy: { ContainerLevelMetrics: 'DISABLED' } }));
    expect((await client.send(new ms.GetMetricPolicyCommand({ ContainerName: NAME }))).MetricPolicy).toEqual({ ContainerLevelMetrics: 'DISABLED' });
    await client.send(new ms.DeleteMetricPolicyCommand({ ContainerName: NAME }));
    expect(await caught(client.send(new ms.GetMetricPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
    expect(await caught(client.send(new ms.DeleteMetricPolicyCommand({ ContainerName: NAME })))).toBeInstanceOf(ms.PolicyNotFoundException);
  });

  it('more rules than the default quota of 5 (valid client-side, up to 300): LimitExceededException', async () => {
    const client = ctx.newClient({ maxAttempts: 1 });
    const rules = Array.from({ length: 6 }, (_, i) => ({ ObjectGroup: `group${i}/*`, ObjectGroupName: `g${i}` }));
    const err = await caught(client.send(new ms.PutMetricPolicyCommand({ ContainerName: NAME, MetricPolicy: { ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: rules } })));
    expect(err).toBeInstanceOf(ms.LimitExceededException);
  });
});

describe('access logging', () => {
  it('start and stop flip AccessLoggingEnabled', async () => {
    const { client } = ctx;
    await client.send(new ms.StartAccessLoggingCommand({ ContainerName: NAME }));
    expect((await client.send(new ms.DescribeContainerCommand({ ContainerName: NAME }))).Container!.AccessLoggingEnabled).toBe(true);
    await client.send(new ms.StopAccessLoggingCommand({ ContainerName: NAME }));
    expect((await client.send(new ms.DescribeContainerCommand({ ContainerName: NAME }))).Container!.AccessLoggingEnabled).toBe(false);
  });
});

describe('tags', () => {
  it('tags from CreateContainer; TagResource adds and updates; UntagResource removes', async () => {
    const { client } = ctx;
    const sorted = async () => (await client.send(new ms.ListTagsForResourceCommand({ Resource: arn }))).Tags!.slice().sort((a, b) => a.Key.localeCompare(b.Key));
    expect(await sorted()).toEqual([{ Key: 'env', Value: 'test' }]);
    await client.send(new ms.TagResourceCommand({ Resource: arn, Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'video' }, { Key: 'Größe', Value: '' }] }));
    expect(await sorted()).toEqual([{ Key: 'env', Value: 'prod' }, { Key: 'Größe', Value: '' }, { Key: 'team', Value: 'video' }]);
    await client.send(new ms.UntagResourceCommand({ Resource: arn, TagKeys: ['team', 'Größe', 'absent'] }));
    expect(await sorted()).toEqual([{ Key: 'env', Value: 'prod' }]);
  });

  it('more than 50 tags on a container in all: LimitExceededException', async () => {
    const client = ctx.newClient({ maxAttempts: 1 });
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const err = await caught(client.send(new ms.TagResourceCommand({ Resource: arn, Tags: fifty })));
    expect(err).toBeInstanceOf(ms.LimitExceededException);
  });

  it('a tag operation on a container still CREATING: ContainerInUseException', async () => {
    const { client } = ctx;
    const out = await client.send(new ms.CreateContainerCommand({ ContainerName: 'tags_creating' }));
    const err = await caught(client.send(new ms.ListTagsForResourceCommand({ Resource: out.Container!.ARN! })));
    expect(err).toBeInstanceOf(ms.ContainerInUseException);
  });
});
