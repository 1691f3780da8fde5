// Presigned URLs: made where the credentials are (a server), used by anyone with plain HTTP
// (a browser, curl, another service), with no SDK and no keys. See ../browser/ for the
// page that uploads through such a URL.
//
//   pnpm --filter @skiff/examples exec tsx s4-s3/presignedUrls.ts       (starts moto)
import { CreateBucketCommand, GetObjectCommand, getSignedUrl, HeadObjectCommand, PutObjectCommand, S3Client, S3Presigner } from '@skiff/s4-s3';
import { endpointFor, motoServer, runScript } from '../lib/servers.js';

runScript(async () => {
  const Bucket = process.env.BUCKET ?? 'skiff-examples';
  const config = await endpointFor('S3_ENDPOINT', motoServer);
  const client = new S3Client(config);
  if (!process.env.S3_ENDPOINT) await client.send(new CreateBucketCommand({ Bucket }));
  const Key = 'uploads/hello.txt';

  // An upload URL, valid 10 minutes. A ContentType in the command is signed: the uploader
  // must send exactly that Content-Type header.
  const putUrl = await getSignedUrl(client, new PutObjectCommand({ Bucket, Key, ContentType: 'text/plain' }), { expiresIn: 600 });
  const put = await fetch(putUrl, { method: 'PUT', body: 'hello from a presigned URL', headers: { 'content-type': 'text/plain' } });
  console.log(`PUT through the presigned URL: ${put.status}`);

  const head = await client.send(new HeadObjectCommand({ Bucket, Key }));
  console.log(`HeadObject: ${head.ContentLength} bytes, ${head.ContentType}`);

  // A download URL, valid 1 hour, from an S3Presigner: the same URLs as the client's, for
  // code (a browser bundle, a worker) that only hands out URLs and never sends a request.
  const presigner = new S3Presigner(config);
  const getUrl = await getSignedUrl(presigner, new GetObjectCommand({ Bucket, Key }), { expiresIn: 3600 });
  const got = await fetch(getUrl);
  console.log(`GET through the presigned URL: ${got.status} "${await got.text()}"`);
  client.destroy();
});
