// The v3 developer guide's Node download: GetObject's Body is a Node Readable in Node, piped to
// a file with stream.pipeline (v3 code writes `(Body as Readable).pipe(...)` the same way).
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName, key, filePath }: { bucketName: string; key: string; filePath: string }) => {
  const client = s3Client();
  try {
    const { Body, ContentLength } = await client.send(new GetObjectCommand({ Bucket: bucketName, Key: key }));
    await pipeline(Body!, createWriteStream(filePath));
    console.log(`Downloaded ${ContentLength} bytes; the file holds ${(await stat(filePath)).size}`);
  } finally {
    client.destroy();
  }
};
