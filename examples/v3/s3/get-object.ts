// After javascriptv3/example_code/s3/actions/get-object.js: GetObject read with
// transformToString, NoSuchKey checked with instanceof.
import { GetObjectCommand, NoSuchKey, S3ServiceException } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName, key }: { bucketName: string; key: string }) => {
  const client = s3Client();
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucketName, Key: key }));
    // The Body object also has 'transformToByteArray' and 'transformToWebStream' methods.
    const str = await response.Body!.transformToString();
    console.log(str);
  } catch (caught) {
    if (caught instanceof NoSuchKey) {
      console.error(`Error from S3 while getting object "${key}" from "${bucketName}". No such key exists.`);
    } else if (caught instanceof S3ServiceException) {
      console.error(`Error from S3 while getting object from ${bucketName}.  ${caught.name}: ${caught.message}`);
    } else throw caught;
  } finally {
    client.destroy();
  }
};
