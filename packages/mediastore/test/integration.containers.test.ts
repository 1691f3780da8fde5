// Containers against the real local server, over the default transport: create, the
// CREATING window, the waiters, describe, delete, not-found paths, limits, and signatures.
import { describe, expect, it } from 'vitest';
import * as ms from '../src/index.js';
import { creds } from './helpers.js';
import { DEFAULT_CREDENTIALS } from '@skiff/mediastore-local';
import { fast, useLocalServer } from './localServer.js';

// The server refuses a session token for keys configured without one, so temporary
// credentials (with their token) are configured beside the default keys.
const TEMPORARY = { accessKeyId: 'ASIATEMP', secretAccessKey: 'temp-secret', sessionToken: 'token-1' };
const ctx = useLocalServer({ creatingDelayMs: 1000, credentials: [...DEFAULT_CREDENTIALS, TEMPORARY] });
const caught = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as ms.ServiceError);

describe('container lifecycle', () => {
  it('creates (CREATING), refuses work while CREATING, waits until ACTIVE, then deletes and waits until gone', async () => {
    const { client, server } = ctx;
    const before = Date.now();
    const created = await client.send(new ms.CreateContainerCommand({ ContainerName: 'life_cycle', Tags: [{ Key: 'env', Value: 'test' }] }));
    expect(created.Container).toMatchObject({ Name: 'life_cycle', Status: 'CREATING', ARN: `arn:aws:mediastore:${server.region}:111122223333:container/life_cycle` });
    expect(created.Container!.Endpoint).toBeUndefined();
    expect(created.Container!.CreationTime).toBeInstanceOf(Date);
    expect(Math.abs(created.Container!.CreationTime!.getTime() - before)).toBeLessThan(5000);
    expect(created.$metadata.requestId).toMatch(/\S/);

    // While CREATING: the name is taken, and the container cannot be changed or deleted.
    const again = await caught(client.send(new ms.CreateContainerCommand({ ContainerName: 'life_cycle' })));
    expect(again).toBeInstanceOf(ms.ContainerInUseException);
    const busy = await caught(client.send(new ms.PutContainerPolicyCommand({ ContainerName: 'life_cycle', Policy: '{"Version":"2012-10-17","Statement":[]}' })));
    expect(busy).toBeInstanceOf(ms.ContainerInUseException);
    expect(busy).toMatchObject({ name: 'ContainerInUseException', $fault: 'client', $metadata: { httpStatusCode: 400, attempts: 1 } });
    expect(await caught(client.send(new ms.DeleteContainerCommand({ ContainerName: 'life_cycle' })))).toBeInstanceOf(ms.ContainerInUseException);

    const active = await ms.waitUntilContainerActive({ client, maxWaitTime: 10, ...fast }, { ContainerName: 'life_cycle' });
    expect(active.state).toBe('SUCCESS');
    const described = await client.send(new ms.DescribeContainerCommand({ ContainerName: 'life_cycle' }));
    expect(described.Container).toMatchObject({ Name: 'life_cycle', Status: 'ACTIVE', Endpoint: server.dataEndpoint('life_cycle'), AccessLoggingEnabled: false });
    expect(described.Container!.CreationTime!.getTime()).toBe(created.Container!.CreationTime!.getTime());

    await client.send(new ms.DeleteContainerCommand({ ContainerName: 'life_cycle' }));
    const gone = await ms.waitUntilContainerNotExists({ client, maxWaitTime: 10, ...fast }, { ContainerName: 'life_cycle' });
    expect(gone.state).toBe('SUCCESS');
    expect(gone.reason).toBeInstanceOf(ms.ContainerNotFoundException);
    expect(await caught(client.send(new ms.DescribeContainerCommand({ ContainerName: 'life_cycle' })))).toBeInstanceOf(ms.ContainerNotFoundException);
  });

  it('waitUntilContainerActive gives up with a WaiterError when the container never appears', async () => {
    const err = await caught(ms.waitUntilContainerActive({ client: ctx.client, maxWaitTime: 0.3, ...fast }, { ContainerName: 'never_created' }));
    expect(err).toBeInstanceOf(ms.WaiterError);
    expect(err).toMatchObject({ name: 'WaiterError' });
    expect((err as unknown as { state: string }).state).toBe('TIMEOUT');
  });

  it('waitUntilContainerNotExists keeps polling while the container exists', async () => {
    const { client } = ctx;
    await client.send(new ms.CreateContainerCommand({ ContainerName: 'still_here' }));
    const err = await caught(ms.waitUntilContainerNotExists({ client, maxWaitTime: 0.3, ...fast }, { ContainerName: 'still_here' }));
    expect(err).toBeInstanceOf(ms.WaiterError);
    expect((err as unknown as { state: string }).state).toBe('TIMEOUT');
  });
});

describe('not found', () => {
  it.each([
    ['DescribeContainer', new ms.DescribeContainerCommand({ ContainerName: 'no_such' })],
    ['DescribeContainer without a name', new ms.DescribeContainerCommand({})],
    ['DeleteContainer', new ms.DeleteContainerCommand({ ContainerName: 'no_such' })],
    ['GetContainerPolicy', new ms.GetContainerPolicyCommand({ ContainerName: 'no_such' })],
    ['GetCorsPolicy', new ms.GetCorsPolicyCommand({ ContainerName: 'no_such' })],
    ['StartAccessLogging', new ms.StartAccessLoggingCommand({ ContainerName: 'no_such' })],
    ['ListTagsForResource', new ms.ListTagsForResourceCommand({ Resource: 'arn:aws:mediastore:us-east-1:111122223333:container/no_such' })],
  ])('%s of a missing container: ContainerNotFoundException', async (_what, cmd) => {
    const err = await caught(ctx.client.send(cmd as ms.DescribeContainerCommand));
    expect(err).toBeInstanceOf(ms.ContainerNotFoundException);
    expect(ms.isServiceError(err, 'ContainerNotFoundException')).toBe(true);
    expect(err).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400, attempts: 1 } });
    expect(err!.$metadata.requestId).toMatch(/\S/);
    expect(err!.message).toMatch(/does not exist/);
  });
});

describe('limits and server-side checks', () => {
  it('LimitExceededException when the account has its maximum of containers', async () => {
    const { startMediaStoreLocal } = await import('@skiff/mediastore-local');
    const small = await startMediaStoreLocal({ maxContainers: 1, creatingDelayMs: 0 });
    const client = new ms.MediaStoreClient({ region: small.region, endpoint: small.endpoint, credentials: creds, maxAttempts: 1 });
    try {
      await client.send(new ms.CreateContainerCommand({ ContainerName: 'first' }));
      const err = await caught(client.send(new ms.CreateContainerCommand({ ContainerName: 'second' })));
      expect(err).toBeInstanceOf(ms.LimitExceededException);
      expect(err).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400 } });
    } finally {
      client.destroy();
      await small.close();
    }
  });

  it('with validation: false the service checks the input and answers ValidationException', async () => {
    const client = ctx.newClient({ validation: false });
    const err = await caught(client.send(new ms.CreateContainerCommand({ ContainerName: 'not valid!' })));
    expect(err).toBeInstanceOf(ms.ValidationException);
    expect(err!.message).toMatch(/containerName/);
  });

  it('an InternalServerError from the server is retried, then succeeds', async () => {
    ctx.server.injectFault({ operation: 'ListContainers', times: 1 });
    const client = ctx.newClient({ retry: { baseDelay: 1 } });
    const out = await client.send(new ms.ListContainersCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(Array.isArray(out.Containers)).toBe(true);
  });

  it('an InternalServerError that persists is thrown as a server fault after the retries', async () => {
    ctx.server.injectFault({ operation: 'ListContainers', times: 3 });
    const client = ctx.newClient({ retry: { baseDelay: 1 } });
    const err = await caught(client.send(new ms.ListContainersCommand({})));
    expect(err).toBeInstanceOf(ms.InternalServerError);
    expect(err).toMatchObject({ $fault: 'server', $metadata: { httpStatusCode: 500, attempts: 3 } });
  });
});

describe('authentication', () => {
  it('a wrong secret key gets InvalidSignatureException, typed, not retried', async () => {
    const client = ctx.newClient({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: 'not-the-secret-key' } });
    const err = await caught(client.send(new ms.ListContainersCommand({})));
    expect(err).toBeInstanceOf(ms.InvalidSignatureException);
    expect(err).toMatchObject({ name: 'InvalidSignatureException', $fault: 'client', $metadata: { httpStatusCode: 403, attempts: 1 } });
    expect(JSON.stringify(err)).not.toContain('not-the-secret-key');
  });

  it('an unknown access key gets UnrecognizedClientException', async () => {
    const client = ctx.newClient({ credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' } });
    expect(await caught(client.send(new ms.ListContainersCommand({})))).toBeInstanceOf(ms.UnrecognizedClientException);
  });

  it('the test/test keys, a session token and an async credential provider are accepted', async () => {
    const a = ctx.newClient({ credentials: TEMPORARY });
    await expect(a.send(new ms.ListContainersCommand({}))).resolves.toHaveProperty('Containers');
    const b = ctx.newClient({ credentials: async () => ({ ...creds }) });
    await expect(b.send(new ms.ListContainersCommand({}))).resolves.toHaveProperty('Containers');
  });
});
