// After javascriptv3/example_code/s3/actions/list-objects.js: ListObjectsV2 one key a page,
// the loop setting command.input.ContinuationToken; then the same with paginateListObjectsV2.
import { ListObjectsV2Command, paginateListObjectsV2 } from '@skiff/s4-s3';
import { s3Client } from '../libs/clients.js';

export const main = async ({ bucketName }: { bucketName: string }) => {
  const client = s3Client();
  const command = new ListObjectsV2Command({ Bucket: bucketName, MaxKeys: 1 });
  try {
    let isTruncated = true;
    console.log('Your bucket contains the following objects:\n');
    let contents = '';
    while (isTruncated) {
      const { Contents, IsTruncated, NextContinuationToken } = await client.send(command);
      contents += Contents!.map((c) => ` • ${c.Key}`).join('\n') + '\n';
      isTruncated = !!IsTruncated;
      command.input.ContinuationToken = NextContinuationToken;
    }
    console.log(contents);
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client, pageSize: 2 }, { Bucket: bucketName })) keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    console.log(`paginator: ${keys.join(', ')}`);
  } finally {
    client.destroy();
  }
};
