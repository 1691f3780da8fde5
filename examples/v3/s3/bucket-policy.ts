// After javascriptv3/example_code/s3/actions/{put,get,delete}-bucket-policy.js.
import { DeleteBucketPolicyCommand, GetBucketPolicyCommand, PutBucketPolicyCommand, S3ServiceException } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName }: { bucketName: string }) => {
  const client = s3Client();
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AllowGetObject', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucketName}/*` }],
  };
  try {
    await client.send(new PutBucketPolicyCommand({ Bucket: bucketName, Policy: JSON.stringify(policy) }));
    const { Policy } = await client.send(new GetBucketPolicyCommand({ Bucket: bucketName }));
    console.log(`Policy for "${bucketName}": ${JSON.parse(Policy!).Statement[0].Sid}`);
    await client.send(new DeleteBucketPolicyCommand({ Bucket: bucketName }));
    await client.send(new GetBucketPolicyCommand({ Bucket: bucketName }));
  } catch (caught) {
    if (caught instanceof S3ServiceException && caught.name === 'NoSuchBucketPolicy') console.log(`Bucket policy deleted: ${caught.name} (HTTP ${caught.$metadata.httpStatusCode})`);
    else throw caught;
  } finally {
    client.destroy();
  }
};
