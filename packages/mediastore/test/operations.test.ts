// One table for the service: each operation's input → the JSON 1.1 request it becomes, and
// canned responses → typed outputs (CreationTime as Date) and typed errors.
import { verifySigned } from '@skiff/testkit/sigv4';
import { describe, expect, it } from 'vitest';
import * as ms from '../src/index.js';
import { bodyOf, captured, json } from './helpers.js';

const ARN = 'arn:aws:mediastore:us-west-2:111122223333:container/movies';
const CORS: ms.CorsRule[] = [{ AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: ['*'], MaxAgeSeconds: 3000, ExposeHeaders: ['etag'] }];
const METRIC: ms.MetricPolicy = { ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'live/*', ObjectGroupName: 'live' }] };
const POLICY = '{"Version":"2012-10-17","Statement":[]}';

// [operation, input]: all 21 operations, the body is the input as JSON.
const table: Array<[string, Record<string, unknown>]> = [
  ['CreateContainer', { ContainerName: 'movies', Tags: [{ Key: 'env', Value: 'test' }] }],
  ['DeleteContainer', { ContainerName: 'movies' }],
  ['DeleteContainerPolicy', { ContainerName: 'movies' }],
  ['DeleteCorsPolicy', { ContainerName: 'movies' }],
  ['DeleteLifecyclePolicy', { ContainerName: 'movies' }],
  ['DeleteMetricPolicy', { ContainerName: 'movies' }],
  ['DescribeContainer', { ContainerName: 'movies' }],
  ['GetContainerPolicy', { ContainerName: 'movies' }],
  ['GetCorsPolicy', { ContainerName: 'movies' }],
  ['GetLifecyclePolicy', { ContainerName: 'movies' }],
  ['GetMetricPolicy', { ContainerName: 'movies' }],
  ['ListContainers', { MaxResults: 10, NextToken: 'abc=' }],
  ['ListTagsForResource', { Resource: ARN }],
  ['PutContainerPolicy', { ContainerName: 'movies', Policy: POLICY }],
  ['PutCorsPolicy', { ContainerName: 'movies', CorsPolicy: CORS }],
  ['PutLifecyclePolicy', { ContainerName: 'movies', LifecyclePolicy: '{"rules":[]}' }],
  ['PutMetricPolicy', { ContainerName: 'movies', MetricPolicy: METRIC }],
  ['StartAccessLogging', { ContainerName: 'movies' }],
  ['StopAccessLogging', { ContainerName: 'movies' }],
  ['TagResource', { Resource: ARN, Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team' }] }],
  ['UntagResource', { Resource: ARN, TagKeys: ['env'] }],
];
const commandOf = (op: string, input: unknown) => new ((ms as unknown as Record<string, new (i: unknown) => ms.CreateContainerCommand>)[`${op}Command`]!)(input);

describe('requests', () => {
  it('declares all 21 operations, each with its command', () => {
    expect(table).toHaveLength(21);
    for (const [op] of table) expect((ms as Record<string, unknown>)[`${op}Command`], op).toBeTypeOf('function');
  });

  it.each(table)('%s: POST / with its target, JSON body and a mediastore signature', async (op, input) => {
    const { cap, client } = captured(json(200, {}));
    const out = await client.send(commandOf(op, input));
    const req = cap.last!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://mediastore.us-west-2.amazonaws.com/');
    expect(req.headers['x-amz-target']).toBe(`MediaStore_20170901.${op}`);
    expect(req.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(bodyOf(req.body)).toEqual(input);
    const { auth, valid } = verifySigned(req, 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY');
    expect(auth.credential).toMatch(/^AKIDEXAMPLE\/\d{8}\/us-west-2\/mediastore\/aws4_request$/);
    expect(auth.signedHeaders).toEqual(['content-type', 'host', 'x-amz-date', 'x-amz-target']);
    expect(valid).toBe(true);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'req-1', attempts: 1 });
  });

  it('uses a configured endpoint (with its base path) and the region for the scope', async () => {
    const { cap, client } = captured(json(200, {}), { region: 'eu-west-1', endpoint: 'http://127.0.0.1:9999/prefix' });
    await client.send(new ms.DescribeContainerCommand({}));
    expect(cap.last!.url).toBe('http://127.0.0.1:9999/prefix/');
    expect(bodyOf(cap.last!.body)).toEqual({});
    expect(cap.last!.headers.authorization).toContain('/eu-west-1/mediastore/aws4_request');
  });

  it('drops members that are not in the schema (as the AWS SDKs serialize only known members)', async () => {
    const { cap, client } = captured(json(200, {}));
    await client.send(new ms.DeleteContainerCommand({ ContainerName: 'movies', Extra: 1 } as ms.DeleteContainerInput));
    expect(bodyOf(cap.last!.body)).toEqual({ ContainerName: 'movies' });
  });
});

describe('outputs', () => {
  const container = { ARN, CreationTime: 1491522511.486, Endpoint: 'https://aaabbbcccdddee.data.mediastore.us-west-2.amazonaws.com', Name: 'movies', Status: 'ACTIVE', AccessLoggingEnabled: false };

  it('CreateContainer and DescribeContainer: CreationTime becomes a Date', async () => {
    for (const op of ['CreateContainer', 'DescribeContainer']) {
      const { client } = captured(json(200, { Container: container }));
      const out = (await client.send(commandOf(op, { ContainerName: 'movies' }))) as ms.DescribeContainerOutput;
      expect(out.Container).toEqual({ ...container, CreationTime: new Date(1491522511486) });
      expect(out.Container!.CreationTime).toBeInstanceOf(Date);
    }
  });

  it('ListContainers: every container coerced, NextToken kept', async () => {
    const { client } = captured(json(200, { Containers: [container, { ...container, Name: 'b', CreationTime: 1700000000 }], NextToken: 'tok=' }));
    const out = await client.send(new ms.ListContainersCommand({ MaxResults: 2 }));
    expect(out.Containers!.map((c) => c.CreationTime!.getTime())).toEqual([1491522511486, 1700000000000]);
    expect(out.NextToken).toBe('tok=');
  });

  it('parses leniently: an unknown status, an ARN off-pattern and a new member pass through', async () => {
    const odd = { ...container, ARN: 'arn:aws:mediastore:us-gov-west-1:111122223333:container/x-y', Status: 'PAUSED', Future: { a: 1 } };
    const { client } = captured(json(200, { Container: odd, Extra: true }));
    const out = await client.send(new ms.DescribeContainerCommand({ ContainerName: 'movies' }));
    expect(out.Container).toMatchObject({ ARN: odd.ARN, Status: 'PAUSED', Future: { a: 1 } });
    expect((out as unknown as { Extra: boolean }).Extra).toBe(true);
  });

  it.each([
    ['GetContainerPolicy', { Policy: POLICY }],
    ['GetCorsPolicy', { CorsPolicy: CORS }],
    ['GetLifecyclePolicy', { LifecyclePolicy: '{"rules":[]}' }],
    ['GetMetricPolicy', { MetricPolicy: METRIC }],
  ] as const)('%s returns its policy as sent', async (op, body) => {
    const { client } = captured(json(200, body));
    const out = await client.send(commandOf(op, { ContainerName: 'movies' }));
    expect(out).toEqual({ ...body, $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
  });

  it('ListTagsForResource returns its tags', async () => {
    const { client } = captured(json(200, { Tags: [{ Key: 'env', Value: 'test' }, { Key: 'bare' }] }));
    const out = await client.send(new ms.ListTagsForResourceCommand({ Resource: ARN }));
    expect(out.Tags).toEqual([{ Key: 'env', Value: 'test' }, { Key: 'bare' }]);
  });

  it('an empty success body is an empty output', async () => {
    const { client } = captured({ status: 200, headers: {}, body: new Uint8Array() });
    const out = await client.send(new ms.StartAccessLoggingCommand({ ContainerName: 'movies' }));
    expect(Object.keys(out)).toEqual(['$metadata']);
  });
});

describe('errors', () => {
  // [code, class, HTTP status, fault]
  const errors: Array<[string, unknown, number, 'client' | 'server']> = [
    ['ContainerInUseException', ms.ContainerInUseException, 400, 'client'],
    ['ContainerNotFoundException', ms.ContainerNotFoundException, 400, 'client'],
    ['CorsPolicyNotFoundException', ms.CorsPolicyNotFoundException, 400, 'client'],
    ['PolicyNotFoundException', ms.PolicyNotFoundException, 400, 'client'],
    ['AccessDeniedException', ms.AccessDeniedException, 400, 'client'],
    ['InvalidClientTokenId', ms.InvalidClientTokenId, 403, 'client'],
    ['MissingAuthenticationToken', ms.MissingAuthenticationToken, 403, 'client'],
    ['OptInRequired', ms.OptInRequired, 403, 'client'],
    ['ValidationError', ms.ValidationError, 400, 'client'],
    ['InvalidSignatureException', ms.InvalidSignatureException, 403, 'client'],
    ['UnrecognizedClientException', ms.UnrecognizedClientException, 403, 'client'],
    ['ValidationException', ms.ValidationException, 400, 'client'],
  ];

  it.each(errors)('%s becomes its class, not retried', async (code, cls, status, fault) => {
    const { cap, client } = captured(json(status, { __type: code, Message: `about ${code}` }));
    const err = await client.send(new ms.DeleteCorsPolicyCommand({ ContainerName: 'movies' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cls as new () => Error);
    expect(err).toBeInstanceOf(ms.ServiceError);
    expect(ms.isServiceError(err, code)).toBe(true);
    expect(err).toMatchObject({ name: code, message: `about ${code}`, $fault: fault, $metadata: { httpStatusCode: status, requestId: 'req-1', attempts: 1 } });
    expect(cap.requests).toHaveLength(1);
  });

  it('reads the code from x-amzn-ErrorType, namespaced form included', async () => {
    const { client } = captured(json(400, { message: 'no such container' }, { 'x-amzn-errortype': 'ContainerNotFoundException:http://internal.amazon.com/coral/com.amazonaws.mediastore/' }));
    const err = await client.send(new ms.DescribeContainerCommand({ ContainerName: 'x' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ms.ContainerNotFoundException);
    expect((err as Error).message).toBe('no such container');
  });

  it.each([
    ['InternalServerError', ms.InternalServerError, 500],
    ['ServiceUnavailable', ms.ServiceUnavailable, 503],
    ['InternalFailure', ms.InternalFailure, 500],
    ['ThrottlingException', ms.ThrottlingException, 400],
  ] as const)('%s is retried, then thrown as its class', async (code, cls, status) => {
    const { cap, client } = captured(json(status, { __type: code, Message: 'try later' }), { retry: { baseDelay: 1, throttlingBaseDelay: 1 } });
    const err = await client.send(new ms.ListContainersCommand({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cls);
    expect(err).toMatchObject({ name: code, $metadata: { attempts: 3 } });
    expect((err as ms.ServiceError).$retryable).toBeDefined();
    expect(cap.requests).toHaveLength(3);
    if (code === 'InternalServerError') expect((err as ms.ServiceError).$fault).toBe('server');
  });

  it('a retried InternalServerError that then succeeds returns the output', async () => {
    const { cap, client } = captured((_req, n) => (n === 1 ? json(500, { __type: 'InternalServerError', Message: 'oops' }) : json(200, { Containers: [] })), { retry: { baseDelay: 1 } });
    const out = await client.send(new ms.ListContainersCommand({}));
    expect(out.Containers).toEqual([]);
    expect(out.$metadata.attempts).toBe(2);
    expect(cap.requests).toHaveLength(2);
  });

  it('an undeclared code is still a ServiceError with its name', async () => {
    const { client } = captured(json(400, { __type: 'SomethingNewException', Message: 'new' }));
    const err = await client.send(new ms.DescribeContainerCommand({ ContainerName: 'x' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ms.ServiceError);
    expect(err).toBeInstanceOf(ms.MediaStoreServiceException);
    expect(ms.isServiceError(err, 'SomethingNewException')).toBe(true);
  });
});
