import { CreateContainerCommand, DescribeContainerCommand, MediaStoreClient, PutCorsPolicyCommand, GetCorsPolicyCommand, ListContainersCommand } from '@aws-sdk/client-mediastore';
import { GetObjectCommand, ListItemsCommand, MediaStoreDataClient, PutObjectCommand, DescribeObjectCommand } from '@aws-sdk/client-mediastore-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';

// The AWS SDK for JavaScript v3 is a peer this server must satisfy: users' own tests point
// it at the server, and its signer is another independent check of the verifier.
let server: MediaStoreLocal;
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
beforeAll(async () => {
  server = await startMediaStoreLocal({ creatingDelayMs: 100 });
});
afterAll(() => server.close());

describe('@aws-sdk/client-mediastore and client-mediastore-data', () => {
  it('creates a container, waits for ACTIVE, and uses its data endpoint', async () => {
    const ms = new MediaStoreClient({ region: 'us-east-1', endpoint: server.endpoint, credentials });
    const created = await ms.send(new CreateContainerCommand({ ContainerName: 'sdk' }));
    expect(created.Container?.Status).toBe('CREATING');
    expect(created.Container?.CreationTime).toBeInstanceOf(Date);
    let endpoint: string | undefined;
    for (let i = 0; i < 100 && !endpoint; i++) {
      const d = await ms.send(new DescribeContainerCommand({ ContainerName: 'sdk' }));
      if (d.Container?.Status === 'ACTIVE') endpoint = d.Container.Endpoint;
      else await new Promise((r) => setTimeout(r, 20));
    }
    expect(endpoint).toBe(server.dataEndpoint('sdk'));
    const listed = await ms.send(new ListContainersCommand({ MaxResults: 10 }));
    expect(listed.Containers?.map((c) => c.Name)).toContain('sdk');

    const rules = [{ AllowedOrigins: ['*'], AllowedMethods: ['GET' as const], AllowedHeaders: ['*'] }];
    await ms.send(new PutCorsPolicyCommand({ ContainerName: 'sdk', CorsPolicy: rules }));
    expect((await ms.send(new GetCorsPolicyCommand({ ContainerName: 'sdk' }))).CorsPolicy).toEqual(rules);

    const data = new MediaStoreDataClient({ region: 'us-east-1', endpoint, credentials });
    const put = await data.send(new PutObjectCommand({ Path: 'folder/sdk.txt', Body: 'from the AWS SDK', ContentType: 'text/plain' }));
    expect(put.ContentSHA256).toMatch(/^[0-9a-f]{64}$/);
    const got = await data.send(new GetObjectCommand({ Path: 'folder/sdk.txt', Range: 'bytes=0-3' }));
    expect(got.StatusCode).toBe(206);
    expect(await got.Body?.transformToString()).toBe('from');
    expect(got.ContentRange).toBe('bytes 0-3/16');
    const head = await data.send(new DescribeObjectCommand({ Path: 'folder/sdk.txt' }));
    expect(head.ContentLength).toBe(16);
    expect(head.ETag).toBe(put.ETag);
    const items = await data.send(new ListItemsCommand({ Path: 'folder' }));
    expect(items.Items?.map((i) => [i.Name, i.Type, i.ContentLength])).toEqual([['sdk.txt', 'OBJECT', 16]]);
    expect(items.Items?.[0]?.LastModified).toBeInstanceOf(Date);

    const missing = await data.send(new GetObjectCommand({ Path: 'folder/none.txt' })).catch((e: unknown) => e);
    expect((missing as Error).name).toBe('ObjectNotFoundException');
    const wrongKey = new MediaStoreClient({ region: 'us-east-1', endpoint: server.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'bad' } });
    const denied = await wrongKey.send(new ListContainersCommand({})).catch((e: unknown) => e);
    expect((denied as Error).name).toBe('InvalidSignatureException');
    ms.destroy();
    data.destroy();
    wrongKey.destroy();
  });
});
