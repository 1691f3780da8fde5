// After javascriptv3/example_code/s3/actions/create-bucket.js: CreateBucket, the v3 error
// classes checked with instanceof, then the bucket-exists waiter.
import { BucketAlreadyExists, BucketAlreadyOwnedByYou, CreateBucketCommand, S3ServiceException, waitUntilBucketExists } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName }: { bucketName: string }) => {
  const client = s3Client();
  try {
    const { Location } = await client.send(new CreateBucketCommand({ Bucket: bucketName }));
    await waitUntilBucketExists({ client, maxWaitTime: 10 }, { Bucket: bucketName });
    console.log(`Bucket created with location ${Location}`);
  } catch (caught) {
    if (caught instanceof BucketAlreadyExists) {
      console.error(`The bucket "${bucketName}" already exists in another AWS account. Bucket names must be globally unique.`);
    } else if (caught instanceof BucketAlreadyOwnedByYou) {
      console.error(`The bucket "${bucketName}" already exists in this AWS account.`);
    } else if (caught instanceof S3ServiceException) {
      // v3: S3ServiceException
      console.error(`Error from S3 while creating the bucket. ${caught.name}: ${caught.message}`);
    } else throw caught;
  } finally {
    client.destroy();
  }
};
