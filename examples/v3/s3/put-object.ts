// After javascriptv3/example_code/s3/actions/put-object.js: PutObject from a string and from a
// file read with node:fs/promises.
import { readFile } from 'node:fs/promises';
import { PutObjectCommand, S3ServiceException } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName, key, filePath, text }: { bucketName: string; key: string; filePath?: string; text?: string }) => {
  const client = s3Client();
  const command = new PutObjectCommand({ Bucket: bucketName, Key: key, Body: filePath ? await readFile(filePath) : text, ContentType: 'text/plain' });
  try {
    const response = await client.send(command);
    console.log(`PutObject: HTTP ${response.$metadata.httpStatusCode}, ETag ${response.ETag}`);
  } catch (caught) {
    if (caught instanceof S3ServiceException && caught.name === 'EntityTooLarge') {
      console.error(`Error from S3 while uploading object to ${bucketName}. The object was too large.`);
    } else if (caught instanceof S3ServiceException) {
      console.error(`Error from S3 while uploading object to ${bucketName}.  ${caught.name}: ${caught.message}`);
    } else throw caught;
  } finally {
    client.destroy();
  }
};
