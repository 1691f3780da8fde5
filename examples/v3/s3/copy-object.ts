// After javascriptv3/example_code/s3/actions/copy-object.js: CopyObject with CopySource
// "bucket/key", ObjectNotInActiveTierError checked by name as the example does.
import { CopyObjectCommand, S3ServiceException } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ sourceBucket, sourceKey, destinationBucket, destinationKey }: { sourceBucket: string; sourceKey: string; destinationBucket: string; destinationKey: string }) => {
  const client = s3Client();
  try {
    const response = await client.send(new CopyObjectCommand({ CopySource: `${sourceBucket}/${sourceKey}`, Bucket: destinationBucket, Key: destinationKey }));
    console.log(`Successfully copied ${sourceBucket}/${sourceKey} to ${destinationBucket}/${destinationKey}; ETag ${response.CopyObjectResult?.ETag}`);
  } catch (caught) {
    if (caught instanceof S3ServiceException && caught.name === 'ObjectNotInActiveTierError') {
      console.error(`Could not copy ${sourceKey} from ${sourceBucket}. Object is not in the active tier.`);
    } else if (caught instanceof S3ServiceException) {
      console.error(`Error from S3 while copying object. ${caught.name}: ${caught.message}`);
    } else throw caught;
  } finally {
    client.destroy();
  }
};
