// MediaStore containers: create and wait (waiter), list (paginator), typed errors and the
// client-side checks, delete and wait until it is gone.
//
//   pnpm --filter @skiff/examples exec tsx mediastore/containers.ts     (starts the local MediaStore server)
//   MEDIASTORE_ENDPOINT=https://mediastore.us-west-2.amazonaws.com AWS_REGION=us-west-2 pnpm --filter @skiff/examples exec tsx mediastore/containers.ts
import {
  ContainerNotFoundException, CreateContainerCommand, DeleteContainerCommand, DescribeContainerCommand, MediaStoreClient, paginateListContainers,
  ParamValidationError, waitUntilContainerActive, waitUntilContainerNotExists,
} from '@skiff/mediastore';
import { endpointFor, mediaStoreServer, runScript } from '../lib/servers.js';

runScript(async () => {
  const client = new MediaStoreClient(await endpointFor('MEDIASTORE_ENDPOINT', () => mediaStoreServer()));
  const names = ['example_a', 'example_b', 'example_c'];

  for (const ContainerName of names) {
    const { Container } = await client.send(new CreateContainerCommand({ ContainerName, Tags: [{ Key: 'owner', Value: 'examples' }] }));
    console.log(`created ${Container?.Name}: ${Container?.Status}`);
  }
  for (const ContainerName of names) await waitUntilContainerActive({ client, maxWaitTime: 300, minDelay: 0.2 }, { ContainerName });
  const { Container } = await client.send(new DescribeContainerCommand({ ContainerName: names[0] }));
  console.log(`${Container?.Name} is ${Container?.Status}; data endpoint ${Container?.Endpoint}`);

  for await (const page of paginateListContainers({ client, pageSize: 2 }, {})) {
    console.log(`page: ${page.Containers?.map((c) => `${c.Name} (${c.Status})`).join(', ')}`);
  }

  // Errors: a typed service error, and an input refused before anything is sent.
  try {
    await client.send(new DescribeContainerCommand({ ContainerName: 'no_such_container' }));
  } catch (e) {
    if (!(e instanceof ContainerNotFoundException)) throw e;
    console.log(`ContainerNotFoundException (HTTP ${e.$metadata.httpStatusCode}, ${e.$fault} fault): ${e.message}`);
  }
  try {
    await client.send(new CreateContainerCommand({ ContainerName: 'dashes-are-not-allowed' }));
  } catch (e) {
    if (!(e instanceof ParamValidationError)) throw e;
    console.log(`ParamValidationError, nothing sent: ${e.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }

  for (const ContainerName of names) {
    await client.send(new DeleteContainerCommand({ ContainerName }));
    await waitUntilContainerNotExists({ client, maxWaitTime: 300, minDelay: 0.2 }, { ContainerName });
  }
  console.log(`deleted ${names.join(', ')}`);
  client.destroy();
});
