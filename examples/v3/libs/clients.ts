// The clients the examples share, as AWS's IAM examples share theirs (src/libs/iamClient.js).
// Against AWS the v3 examples pass `{}` and take region, keys and endpoint from the
// environment and the shared config files; Skiff does too (`new S3Client({})` works the same).
// Here region is fixed and the endpoint of a local server is passed, as v3 would need too.
import { IAMClient } from '@skiff/s4-iam';
import { KinesisClient } from '@skiff/kinesis';
import { S3Client } from '@skiff/s4-s3';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (the test starts moto and kinesalite and sets it)`);
  return v;
};

export const s3Client = () => new S3Client({ region: 'us-east-1', endpoint: env('S3_ENDPOINT'), forcePathStyle: true });
export const iamClient = () => new IAMClient({ region: 'us-east-1', endpoint: env('IAM_ENDPOINT') });
export const kinesisClient = () => new KinesisClient({ region: 'us-east-1', endpoint: env('KINESIS_ENDPOINT') });
