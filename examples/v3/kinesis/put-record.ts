// After javascriptv3/example_code/kinesis/actions/put-records.js, one record a PutRecord call
// (put-records.ts sends them in one PutRecords): Data as a Uint8Array, the shard and sequence number it got.
import { PutRecordCommand } from '@skiff/kinesis';
import { kinesisClient } from '../libs/clients.js';

export const main = async ({ streamName, records }: { streamName: string; records: string[] }) => {
  const client = kinesisClient();
  try {
    for (const text of records) {
      const { ShardId, SequenceNumber } = await client.send(new PutRecordCommand({ StreamName: streamName, Data: new TextEncoder().encode(text), PartitionKey: 'TEST_KEY' }));
      console.log(`put "${text}" into ${ShardId} at ${SequenceNumber}`);
    }
  } finally {
    client.destroy();
  }
};
