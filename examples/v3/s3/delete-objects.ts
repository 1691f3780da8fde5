// After javascriptv3/example_code/s3/actions/delete-objects.js: DeleteObjects, then the
// bucket-not-exists waiter after DeleteBucket (delete-bucket.js).
import { DeleteBucketCommand, DeleteObjectsCommand, NoSuchBucket, waitUntilBucketNotExists } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName, keys }: { bucketName: string; keys: string[] }) => {
  const client = s3Client();
  try {
    const { Deleted } = await client.send(new DeleteObjectsCommand({ Bucket: bucketName, Delete: { Objects: keys.map((k) => ({ Key: k })) } }));
    console.log(`Successfully deleted ${Deleted!.length} objects from S3 bucket. Deleted objects:`);
    console.log(Deleted!.map((d) => ` • ${d.Key}`).join('\n'));
    await client.send(new DeleteBucketCommand({ Bucket: bucketName }));
    await waitUntilBucketNotExists({ client, maxWaitTime: 10 }, { Bucket: bucketName });
    console.log(`Bucket ${bucketName} deleted`);
  } catch (caught) {
    if (caught instanceof NoSuchBucket) console.error(`Error from S3 while deleting objects from ${bucketName}. The bucket doesn't exist.`);
    else throw caught;
  } finally {
    client.destroy();
  }
};
