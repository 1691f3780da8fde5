// Serves the browser examples: bundles main.ts with esbuild, starts the local servers, and
// answers the pages' few server-side calls. Run it, then open the URL it prints:
//
//   pnpm --filter @skiff/examples exec tsx browser/serve.ts
//
// Server side, it plays the part of your backend: it holds the keys, hands the MediaStore page
// short-lived credentials, and signs upload URLs for the presigned-upload page (getSignedUrl
// with a PutObjectCommand). The browser then talks to the storage servers directly.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CreateBucketCommand, getSignedUrl, HeadObjectCommand, PutObjectCommand, S3Client } from '@skiff/s4-s3';
import { LOCAL_CREDENTIALS, mediaStoreServer, motoMissing, motoServer, stopAll } from '../lib/servers.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const BUCKET = 'browser-uploads';

/** The bundle a user's build would make: ESM for browsers, minified, packages' browser exports. */
export async function bundle(): Promise<string> {
  const outfile = here('./dist/main.js');
  await build({ entryPoints: [here('./main.ts')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, sourcemap: true, outfile, tsconfig: here('../tsconfig.json'), logLevel: 'warning' });
  return outfile;
}

export async function serveExamples(port = 0): Promise<{ url: string; s3: boolean; close(): Promise<void> }> {
  await bundle();
  const mediastore = await mediaStoreServer({ creatingDelayMs: 300 });
  // The presigned-upload page needs S3 (moto). Without it the MediaStore page still works.
  const moto = motoMissing() ? undefined : await motoServer();
  const s3 = moto && new S3Client({ region: moto.region, endpoint: moto.endpoint, forcePathStyle: true, credentials: LOCAL_CREDENTIALS });
  if (moto && s3) {
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await allowBrowserUploads(moto.endpoint);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => send(res, 500, 'text/plain', `${e.name}: ${e.message}`));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    switch (url.pathname) {
      case '/':
      case '/index.html':
        return send(res, 200, 'text/html', await readFile(here('./index.html')));
      case '/presignedUpload.html':
        return send(res, 200, 'text/html', await readFile(here('./presignedUpload.html')));
      case '/dist/main.js':
        return send(res, 200, 'text/javascript', await readFile(here('./dist/main.js')));
      case '/dist/main.js.map':
        return send(res, 200, 'application/json', await readFile(here('./dist/main.js.map')));
      case '/config.json':
        return json(res, { mediastore: { endpoint: mediastore.endpoint, region: mediastore.region } });
      case '/credentials':
        // Your backend would hand out temporary credentials for the signed-in user (STS).
        return json(res, { ...LOCAL_CREDENTIALS, expiration: new Date(Date.now() + 15 * 60_000).toISOString() });
      case '/presign': {
        if (!s3) return send(res, 503, 'text/plain', `S3 is not available: ${motoMissing()}`);
        const Key = `uploads/${Date.now()}-${(q.get('name') ?? 'file').replace(/[^\w.-]/g, '_')}`;
        // The whole server side of a browser upload: a URL for one PutObject, valid 5 minutes.
        const command = new PutObjectCommand({ Bucket: BUCKET, Key, ContentType: q.get('type') ?? 'application/octet-stream' });
        return json(res, { key: Key, url: await getSignedUrl(s3, command, { expiresIn: 300 }) });
      }
      case '/uploaded': {
        if (!s3) return send(res, 503, 'text/plain', 'S3 is not available');
        const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: q.get('key') ?? '' }));
        return json(res, { ContentLength: head.ContentLength, ContentType: head.ContentType, ETag: head.ETag });
      }
      case '/favicon.ico':
        return void res.writeHead(204).end();
      default:
        return send(res, 404, 'text/plain', 'not found');
    }
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    s3: !!s3,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      s3?.destroy();
      await stopAll();
    },
  };
}

/**
 * A browser may PUT to another origin only if that origin says so (CORS). On moto that is
 * the bucket's CORS configuration, set here with one raw request (moto checks no signature;
 * @skiff/s4-s3 has no PutBucketCors, as S4's S3 document describes none). On S4, allow your
 * site's origin where your provider lets you configure the bucket.
 */
async function allowBrowserUploads(endpoint: string): Promise<void> {
  const rule = '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader></CORSRule>';
  const res = await fetch(`${endpoint}/${BUCKET}?cors`, { method: 'PUT', body: `<CORSConfiguration>${rule}</CORSConfiguration>` });
  if (!res.ok) throw new Error(`setting the bucket's CORS rule answered ${res.status}: ${await res.text()}`);
}

const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
};
const json = (res: ServerResponse, body: unknown) => send(res, 200, 'application/json', JSON.stringify(body));

// Run directly: serve until Ctrl-C.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const served = await serveExamples(Number(process.env.PORT ?? 0));
  console.log(`Skiff browser examples at ${served.url}`);
  console.log(`  ${served.url}                       MediaStore from the page (bundle: browser/dist/main.js)`);
  console.log(`  ${served.url}presignedUpload.html   ${served.s3 ? 'upload a file through a presigned URL (S3 on moto)' : `unavailable: ${motoMissing()}`}`);
  console.log('Ctrl-C stops the servers.');
  const stop = () => void served.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
