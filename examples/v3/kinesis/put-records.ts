// After javascriptv3/example_code/kinesis/actions/put-records.js: PutRecords, records with the
// same partition key; here they carry text, and each record's shard and sequence number (or its
// error) is printed. AWS's example names the stream by StreamARN, which Skiff takes too; the
// stream is named by StreamName here because kinesalite, the local server, knows no ARNs.
import { PutRecordsCommand } from '@skiff/kinesis';
import { kinesisClient } from '../libs/clients.js';

export const main = async ({ streamName, records }: { streamName: string; records: string[] }) => {
  const client = kinesisClient();
  try {
    const { FailedRecordCount, Records } = await client.send(
      new PutRecordsCommand({
        StreamName: streamName,
        Records: records.map((text) => ({ Data: new TextEncoder().encode(text), PartitionKey: 'TEST_KEY' })),
      }),
    );
    Records.forEach((r, i) => console.log(r.ErrorCode ? `"${records[i]}" failed: ${r.ErrorCode}` : `put "${records[i]}" into ${r.ShardId} at ${r.SequenceNumber}`));
    console.log(`${FailedRecordCount ?? 0} failed`);
  } finally {
    client.destroy();
  }
};
