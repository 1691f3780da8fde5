// MediaStore Data: objects in a container. Upload (bytes and a stream), a ranged read,
// ListItems with the paginator, and a presigned download URL used with plain fetch.
//
//   pnpm --filter @skiff/examples exec tsx mediastore-data/objects.ts    (starts the local MediaStore server)
import { CreateContainerCommand, MediaStoreClient, waitUntilContainerActive } from '@skiff/mediastore';
import { dataClientForContainer, GetObjectCommand, getSignedUrl, paginateListItems, PutObjectCommand } from '@skiff/mediastore-data';
import { endpointFor, mediaStoreServer, runScript } from '../lib/servers.js';

runScript(async () => {
  const config = await endpointFor('MEDIASTORE_ENDPOINT', () => mediaStoreServer());
  const ContainerName = process.env.CONTAINER ?? 'examples';
  if (!process.env.MEDIASTORE_ENDPOINT) {
    const control = new MediaStoreClient(config);
    await control.send(new CreateContainerCommand({ ContainerName }));
    await waitUntilContainerActive({ client: control, maxWaitTime: 60, minDelay: 0.2 }, { ContainerName });
    control.destroy();
  }
  // DescribeContainer on the control plane, then a client for the container's data endpoint.
  const data = await dataClientForContainer(config, ContainerName);

  for (let i = 0; i < 5; i++) {
    await data.send(new PutObjectCommand({ Path: `clips/clip-${i}.txt`, Body: `clip number ${i}\n`.repeat(100), ContentType: 'text/plain' }));
  }
  // A stream body is sent as it is read (chunked), never buffered whole.
  async function* generate() {
    for (let i = 0; i < 10; i++) yield new TextEncoder().encode(`segment part ${i}\n`);
  }
  const put = await data.send(new PutObjectCommand({ Path: 'live/index.m3u8', Body: generate(), ContentType: 'application/x-mpegURL' }));
  console.log(`stream upload: ETag ${put.ETag}, SHA-256 checked against the service's ${put.ContentSHA256?.slice(0, 12)}…`);

  const part = await data.send(new GetObjectCommand({ Path: 'clips/clip-3.txt', Range: 'bytes=0-12' }));
  console.log(`ranged read: ${part.StatusCode} ${part.ContentRange} "${await part.Body!.transformToString()}"`);

  for await (const page of paginateListItems({ client: data, pageSize: 2 }, { Path: 'clips/' })) {
    console.log(`ListItems page: ${page.Items?.map((i) => `${i.Name} (${i.ContentLength} bytes)`).join(', ')}`);
  }

  const url = await getSignedUrl(data, new GetObjectCommand({ Path: 'clips/clip-0.txt' }), { expiresIn: 300 });
  const res = await fetch(url);
  console.log(`presigned GET with fetch: ${res.status}, ${(await res.arrayBuffer()).byteLength} bytes`);
  data.destroy();
});
