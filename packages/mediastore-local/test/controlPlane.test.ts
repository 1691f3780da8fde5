import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { activeContainer, control, waitActive } from './helpers/http.js';

let server: MediaStoreLocal;
beforeAll(async () => {
  server = await startMediaStoreLocal({ port: 0, creatingDelayMs: 150 });
});
afterAll(() => server.close());

const call = (op: string, input: unknown = {}) => control(server.endpoint, op, input);

describe('containers', () => {
  it('creates a container that is CREATING, then ACTIVE with a data endpoint', async () => {
    const res = await call('CreateContainer', { ContainerName: 'movies' });
    expect(res.status).toBe(200);
    expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-type']).toBe('application/x-amz-json-1.1');
    const c = res.json().Container;
    expect(c).toMatchObject({ Name: 'movies', Status: 'CREATING', AccessLoggingEnabled: false });
    expect(c.ARN).toBe('arn:aws:mediastore:us-east-1:111122223333:container/movies');
    expect(c.Endpoint).toBeUndefined(); // 000: CreateContainer's output has no endpoint
    expect(typeof c.CreationTime).toBe('number');
    expect(Math.abs(c.CreationTime - Date.now() / 1000)).toBeLessThan(5);

    const creating = (await call('DescribeContainer', { ContainerName: 'movies' })).json().Container;
    expect(creating.Status).toBe('CREATING');
    expect(creating.Endpoint).toBeUndefined();

    const active = await waitActive(server.endpoint, 'movies');
    expect(active.Endpoint).toBe(`${server.endpoint}/_data/movies`);
    expect(active.CreationTime).toBe(c.CreationTime);
  });

  it('accepts the 2016-07-11 target prefix of the documents examples', async () => {
    const res = await control(server.endpoint, 'DescribeContainer', { ContainerName: 'movies' }, { prefix: 'ElementalMediaStoreService_20160711' });
    expect(res.status).toBe(200);
    expect(res.json().Container.Name).toBe('movies');
  });

  it('refuses a second container of the same name and operations on a CREATING one', async () => {
    const dup = await call('CreateContainer', { ContainerName: 'movies' });
    expect(dup.status).toBe(400);
    expect(dup.json().__type).toBe('ContainerInUseException');
    expect(dup.headers['x-amzn-errortype']).toBe('ContainerInUseException');

    await call('CreateContainer', { ContainerName: 'fresh' });
    for (const [op, input] of [
      ['PutContainerPolicy', { ContainerName: 'fresh', Policy: '{"Version":"2012-10-17","Statement":[]}' }],
      ['GetCorsPolicy', { ContainerName: 'fresh' }],
      ['StartAccessLogging', { ContainerName: 'fresh' }],
      ['DeleteContainer', { ContainerName: 'fresh' }],
    ] as const) {
      const res = await call(op, input);
      expect([op, res.status, res.json().__type]).toEqual([op, 400, 'ContainerInUseException']);
    }
    await waitActive(server.endpoint, 'fresh');
  });

  it('answers ContainerNotFoundException (400) for unknown containers', async () => {
    for (const op of ['DescribeContainer', 'DeleteContainer', 'GetContainerPolicy', 'GetMetricPolicy', 'StopAccessLogging']) {
      const res = await call(op, { ContainerName: 'nope' });
      expect([op, res.status, res.json().__type]).toEqual([op, 400, 'ContainerNotFoundException']);
    }
  });

  it('validates input like the service (ValidationException, SerializationException)', async () => {
    const bad = await call('CreateContainer', { ContainerName: 'has-dash' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({
      __type: 'ValidationException',
      Message: "1 validation error detected: Value 'has-dash' at 'containerName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+",
    });
    const long = await call('CreateContainer', { ContainerName: 'a'.repeat(256) });
    expect(long.json().Message).toContain('Member must have length less than or equal to 255');
    const missing = await call('CreateContainer', {});
    expect(missing.json().Message).toContain("Value null at 'containerName' failed to satisfy constraint: Member must not be null");
    const wrongType = await call('CreateContainer', { ContainerName: 42 });
    expect(wrongType.json().__type).toBe('SerializationException');
    const page = await call('ListContainers', { MaxResults: 101 });
    expect(page.json().Message).toContain('Member must have value less than or equal to 100');
    const unknown = await call('MakeCoffee', {});
    expect([unknown.status, unknown.json().__type]).toEqual([400, 'UnknownOperationException']);
  });

  it('pages ListContainers with MaxResults and NextToken, in creation order', async () => {
    for (const n of ['page_a', 'page_b', 'page_c']) await call('CreateContainer', { ContainerName: n });
    const all = (await call('ListContainers')).json();
    expect(all.NextToken).toBeUndefined(); // 000: a token only when MaxResults was given
    const names = all.Containers.map((c: { Name: string }) => c.Name);
    expect(names.slice(-3)).toEqual(['page_a', 'page_b', 'page_c']);

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = (await call('ListContainers', { MaxResults: 2, ...(token ? { NextToken: token } : {}) })).json();
      expect(res.Containers.length).toBeLessThanOrEqual(2);
      seen.push(...res.Containers.map((c: { Name: string }) => c.Name));
      token = res.NextToken;
      if (token) expect(token).toMatch(/^[0-9A-Za-z=/+]+$/);
      pages++;
    } while (token);
    expect(seen).toEqual(names);
    expect(pages).toBe(Math.ceil(names.length / 2));
    const bogus = await call('ListContainers', { MaxResults: 2, NextToken: 'bm9wZQ==' });
    expect(bogus.json().__type).toBe('ValidationException');
  });

  it('deletes only empty containers', async () => {
    const c = await activeContainer(server.endpoint, 'to_delete');
    server.state.find('to_delete')!.objects.set('x.txt', {
      body: Buffer.from('x'),
      contentType: 'text/plain',
      cacheControl: undefined,
      etag: 'e',
      sha256: 's',
      storageClass: 'TEMPORAL',
      lastModified: new Date(),
    });
    const busy = await call('DeleteContainer', { ContainerName: 'to_delete' });
    expect([busy.status, busy.json().__type]).toEqual([400, 'ContainerInUseException']);
    server.state.find('to_delete')!.objects.clear();
    const ok = await call('DeleteContainer', { ContainerName: 'to_delete' });
    expect([ok.status, ok.json()]).toEqual([200, {}]);
    const gone = await call('DescribeContainer', { ContainerName: 'to_delete' });
    expect(gone.json().__type).toBe('ContainerNotFoundException');
    expect(c.Name).toBe('to_delete');
  });
});

describe('policies', () => {
  beforeAll(() => activeContainer(server.endpoint, 'policies'));
  const name = { ContainerName: 'policies' };

  it('puts, gets and deletes a container policy; PolicyNotFoundException otherwise', async () => {
    const missing = await call('GetContainerPolicy', name);
    expect([missing.status, missing.json().__type]).toEqual([400, 'PolicyNotFoundException']);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'mediastore:GetObject', Resource: '*' }] });
    expect((await call('PutContainerPolicy', { ...name, Policy: policy })).status).toBe(200);
    expect((await call('GetContainerPolicy', name)).json()).toEqual({ Policy: policy });
    const notJson = await call('PutContainerPolicy', { ...name, Policy: 'not json' });
    expect(notJson.json().__type).toBe('ValidationException');
    expect((await call('DeleteContainerPolicy', name)).status).toBe(200);
    expect((await call('DeleteContainerPolicy', name)).json().__type).toBe('PolicyNotFoundException');
  });

  it('puts, gets and deletes a CORS policy; CorsPolicyNotFoundException otherwise', async () => {
    expect((await call('GetCorsPolicy', name)).json().__type).toBe('CorsPolicyNotFoundException');
    const rules = [{ AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: ['*'], MaxAgeSeconds: 3000, ExposeHeaders: ['ETag'] }];
    expect((await call('PutCorsPolicy', { ...name, CorsPolicy: rules })).status).toBe(200);
    expect((await call('GetCorsPolicy', name)).json()).toEqual({ CorsPolicy: rules });
    // seed-decisions: AllowedMethods is required; methods are PUT, GET, DELETE, HEAD.
    const noMethods = await call('PutCorsPolicy', { ...name, CorsPolicy: [{ AllowedOrigins: ['*'], AllowedHeaders: [] }] });
    expect(noMethods.json().Message).toContain("at 'corsPolicy.1.member.allowedMethods' failed to satisfy constraint: Member must not be null");
    const post = await call('PutCorsPolicy', { ...name, CorsPolicy: [{ AllowedOrigins: ['*'], AllowedMethods: ['POST'], AllowedHeaders: [] }] });
    expect(post.json().Message).toContain('Member must satisfy enum value set: [PUT, GET, DELETE, HEAD]');
    expect((await call('DeleteCorsPolicy', name)).status).toBe(200);
    expect((await call('DeleteCorsPolicy', name)).json().__type).toBe('CorsPolicyNotFoundException');
  });

  it('puts, gets and deletes a lifecycle policy', async () => {
    expect((await call('GetLifecyclePolicy', name)).json().__type).toBe('PolicyNotFoundException');
    const policy = '{"rules":[{"definition":{"path":[{"prefix":"Football/"}],"days_since_create":[{"numeric":[">",28]}]},"action":"EXPIRE"}]}';
    expect((await call('PutLifecyclePolicy', { ...name, LifecyclePolicy: policy })).status).toBe(200);
    expect((await call('GetLifecyclePolicy', name)).json()).toEqual({ LifecyclePolicy: policy });
    expect((await call('DeleteLifecyclePolicy', name)).status).toBe(200);
    expect((await call('DeleteLifecyclePolicy', name)).json().__type).toBe('PolicyNotFoundException');
  });

  it('puts, gets and deletes a metric policy, with the default quota of 5 rules', async () => {
    expect((await call('GetMetricPolicy', name)).json().__type).toBe('PolicyNotFoundException');
    const MetricPolicy = { ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'sports/*', ObjectGroupName: 'sports' }] };
    expect((await call('PutMetricPolicy', { ...name, MetricPolicy })).status).toBe(200);
    expect((await call('GetMetricPolicy', name)).json()).toEqual({ MetricPolicy });
    const bad = await call('PutMetricPolicy', { ...name, MetricPolicy: { ContainerLevelMetrics: 'MAYBE' } });
    expect(bad.json().Message).toContain('Member must satisfy enum value set: [ENABLED, DISABLED]');
    const six = Array.from({ length: 6 }, (_, i) => ({ ObjectGroup: `g${i}/*`, ObjectGroupName: `g${i}` }));
    const over = await call('PutMetricPolicy', { ...name, MetricPolicy: { ContainerLevelMetrics: 'DISABLED', MetricPolicyRules: six } });
    expect(over.json().__type).toBe('LimitExceededException');
    expect((await call('DeleteMetricPolicy', name)).status).toBe(200);
    expect((await call('DeleteMetricPolicy', name)).json().__type).toBe('PolicyNotFoundException');
  });

  it('starts and stops access logging (AccessLoggingEnabled)', async () => {
    expect((await call('StartAccessLogging', name)).status).toBe(200);
    expect((await call('DescribeContainer', name)).json().Container.AccessLoggingEnabled).toBe(true);
    expect((await call('StopAccessLogging', name)).status).toBe(200);
    expect((await call('DescribeContainer', name)).json().Container.AccessLoggingEnabled).toBe(false);
  });
});

describe('tags', () => {
  it('tags at creation, adds, lists, removes, and limits a container to 50 tags', async () => {
    await call('CreateContainer', { ContainerName: 'tagged', Tags: [{ Key: 'env', Value: 'test' }] });
    const arn = (await waitActive(server.endpoint, 'tagged')).ARN;
    expect((await call('ListTagsForResource', { Resource: arn })).json()).toEqual({ Tags: [{ Key: 'env', Value: 'test' }] });
    await call('TagResource', { Resource: arn, Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'video' }] });
    expect((await call('ListTagsForResource', { Resource: arn })).json().Tags).toEqual([
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'video' },
    ]);
    await call('UntagResource', { Resource: arn, TagKeys: ['env'] });
    expect((await call('ListTagsForResource', { Resource: arn })).json().Tags).toEqual([{ Key: 'team', Value: 'video' }]);
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const over = await call('TagResource', { Resource: arn, Tags: many });
    expect([over.status, over.json().__type]).toEqual([400, 'LimitExceededException']);
    const unknown = await call('ListTagsForResource', { Resource: arn.replace('tagged', 'untagged') });
    expect(unknown.json().__type).toBe('ContainerNotFoundException');
  });
});

describe('limits', () => {
  it('answers LimitExceededException past the container limit', async () => {
    const small = await startMediaStoreLocal({ maxContainers: 2, creatingDelayMs: 0 });
    try {
      const mk = (n: string) => control(small.endpoint, 'CreateContainer', { ContainerName: n });
      expect((await mk('one')).status).toBe(200);
      expect((await mk('two')).status).toBe(200);
      const third = await mk('three');
      expect([third.status, third.json().__type]).toEqual([400, 'LimitExceededException']);
    } finally {
      await small.close();
    }
  });

  it('keeps a deleted container DELETING for deletingDelayMs', async () => {
    const s = await startMediaStoreLocal({ creatingDelayMs: 0, deletingDelayMs: 200 });
    try {
      await control(s.endpoint, 'CreateContainer', { ContainerName: 'bye' });
      await control(s.endpoint, 'DeleteContainer', { ContainerName: 'bye' });
      const during = (await control(s.endpoint, 'DescribeContainer', { ContainerName: 'bye' })).json();
      expect(during.Container.Status).toBe('DELETING');
      const again = await control(s.endpoint, 'DeleteContainer', { ContainerName: 'bye' });
      expect(again.json().__type).toBe('ContainerInUseException');
      await new Promise((r) => setTimeout(r, 250));
      expect((await control(s.endpoint, 'DescribeContainer', { ContainerName: 'bye' })).json().__type).toBe('ContainerNotFoundException');
    } finally {
      await s.close();
    }
  });
});

describe('fault injection', () => {
  it('fails the next matching request once, then recovers', async () => {
    server.injectFault({ operation: 'ListContainers' });
    const describe_ = await call('DescribeContainer', { ContainerName: 'movies' });
    expect(describe_.status).toBe(200); // another operation is not affected
    const failed = await call('ListContainers');
    expect([failed.status, failed.json().__type, failed.headers['x-amzn-errortype']]).toEqual([500, 'InternalServerError', 'InternalServerError']);
    expect((await call('ListContainers')).status).toBe(200);
    server.injectFault({ code: 'ThrottlingException', status: 400, times: 2 });
    expect((await call('ListContainers')).json().__type).toBe('ThrottlingException');
    expect((await call('DescribeContainer', { ContainerName: 'movies' })).json().__type).toBe('ThrottlingException');
    expect((await call('ListContainers')).status).toBe(200);
  });
});
