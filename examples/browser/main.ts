// Skiff in a browser page: the entry esbuild bundles into dist/main.js (see README.md).
// The same imports as in Node; the bundler picks the packages' browser build (fetch for
// HTTP, pure-JS hashing), so nothing here is Node-specific.
import { CreateContainerCommand, DescribeContainerCommand, MediaStoreClient, paginateListContainers, waitUntilContainerActive, type Credentials } from '@skiff/mediastore';
import { GetObjectCommand, MediaStoreDataClient, PutObjectCommand } from '@skiff/mediastore-data';

const list = document.querySelector('#log')!;
const log = (text: string) => {
  const li = document.createElement('li');
  li.textContent = text;
  list.append(li);
};

// Never put long-lived keys in a page. The page asks its own server for short-lived
// credentials (in production: STS/Cognito behind your login), through an async provider
// that the client caches and calls again before `expiration`.
const credentials = async (): Promise<Credentials> => {
  const c = (await (await fetch('/credentials')).json()) as Credentials & { expiration?: string };
  return { ...c, expiration: c.expiration ? new Date(c.expiration) : undefined };
};

async function main(): Promise<void> {
  const { mediastore } = (await (await fetch('/config.json')).json()) as { mediastore: { endpoint: string; region: string } };
  const control = new MediaStoreClient({ region: mediastore.region, endpoint: mediastore.endpoint, credentials });
  const ContainerName = `browser_${Date.now()}`;

  await control.send(new CreateContainerCommand({ ContainerName }));
  await waitUntilContainerActive({ client: control, maxWaitTime: 60, minDelay: 0.2, maxDelay: 1 }, { ContainerName });
  const { Container } = await control.send(new DescribeContainerCommand({ ContainerName }));
  log(`container ${ContainerName} is ${Container?.Status}, data endpoint ${Container?.Endpoint}`);

  const data = new MediaStoreDataClient({ region: mediastore.region, endpoint: Container!.Endpoint!, credentials });
  const text = `Hello from ${navigator.userAgent.split(' ')[0]} at ${new Date().toISOString()}`;
  const put = await data.send(new PutObjectCommand({ Path: 'hello.txt', Body: text, ContentType: 'text/plain' }));
  log(`PutObject: ETag ${put.ETag}, SHA-256 checked: ${put.ContentSHA256?.slice(0, 16)}…`);

  const got = await data.send(new GetObjectCommand({ Path: 'hello.txt', Range: 'bytes=0-9' }));
  log(`GetObject Range bytes=0-9: ${got.StatusCode} "${await got.Body!.transformToString()}"`);

  let containers = 0;
  for await (const page of paginateListContainers({ client: control, pageSize: 10 }, {})) containers += page.Containers?.length ?? 0;
  log(`ListContainers (paginator): ${containers} container(s)`);
}

main().then(
  () => {
    log('done');
    document.body.dataset.result = 'ok';
  },
  (e: Error) => {
    log(`failed: ${e.name}: ${e.message}`);
    document.body.dataset.result = `error: ${e.name}: ${e.message}`;
  },
);
