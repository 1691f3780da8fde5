// Lists a bucket with paginateListObjectsV2: pages of `pageSize`, at most `maxItems` per
// run, then a resumeToken that a later run (or another process) passes as startingToken.
//
//   pnpm --filter @skiff/examples exec tsx s4-s3/listObjects.ts          (starts moto)
//   S3_ENDPOINT=https://s3.eu-central-1.s4.mega.io BUCKET=my-bucket pnpm --filter @skiff/examples exec tsx s4-s3/listObjects.ts
import { CreateBucketCommand, paginateListObjectsV2, PutObjectCommand, S3Client } from '@skiff/s4-s3';
import { endpointFor, motoServer, runScript } from '../lib/servers.js';

runScript(async () => {
  const fresh = !process.env.S3_ENDPOINT;
  const Bucket = process.env.BUCKET ?? 'skiff-examples';
  const where = await endpointFor('S3_ENDPOINT', motoServer);
  // A local server on an IP address needs path-style addressing; S4 takes either.
  const client = new S3Client({ ...where, forcePathStyle: fresh });
  if (fresh) {
    await client.send(new CreateBucketCommand({ Bucket }));
    for (let i = 0; i < 25; i++) await client.send(new PutObjectCommand({ Bucket, Key: `logs/${String(i).padStart(3, '0')}.txt`, Body: `line ${i}` }));
    console.log(`made ${Bucket} with 25 objects`);
  }

  let resumeToken: string | undefined;
  let count = 0;
  for await (const page of paginateListObjectsV2({ client, pageSize: 10, maxItems: 15 }, { Bucket, Prefix: 'logs/' })) {
    console.log(`page of ${page.Contents?.length}: ${page.Contents?.[0]?.Key} … ${page.Contents?.at(-1)?.Key}`);
    count += page.Contents?.length ?? 0;
    resumeToken = page.resumeToken;
  }
  console.log(`first run: ${count} objects (maxItems 15); resumeToken ${resumeToken}`);

  count = 0;
  for await (const page of paginateListObjectsV2({ client, pageSize: 10, startingToken: resumeToken }, { Bucket, Prefix: 'logs/' })) {
    console.log(`resumed page of ${page.Contents?.length}: ${page.Contents?.[0]?.Key} … ${page.Contents?.at(-1)?.Key}`);
    count += page.Contents?.length ?? 0;
  }
  console.log(`second run: the other ${count}`);
  client.destroy();
});
