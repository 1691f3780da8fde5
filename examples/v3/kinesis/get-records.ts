// The v3 developer guide's consumer: DescribeStream for the shards, GetShardIterator
// (TRIM_HORIZON), GetRecords; Data comes back as a Uint8Array.
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand } from '@skiff/kinesis';
import { kinesisClient } from '../libs/clients.js';

export const main = async ({ streamName }: { streamName: string }) => {
  const client = kinesisClient();
  try {
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamName: streamName }));
    const texts: string[] = [];
    for (const shard of StreamDescription!.Shards!) {
      const { ShardIterator } = await client.send(new GetShardIteratorCommand({ StreamName: streamName, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
      const { Records } = await client.send(new GetRecordsCommand({ ShardIterator: ShardIterator! }));
      for (const r of Records!) texts.push(new TextDecoder().decode(r.Data));
    }
    console.log(`read ${texts.length} records: ${texts.join(', ')}`);
  } finally {
    client.destroy();
  }
};
