// The v3 developer guide's Kinesis set-up: CreateStream, then waitUntilStreamExists.
import { CreateStreamCommand, ResourceInUseException, waitUntilStreamExists } from '@skiff/kinesis';
import { kinesisClient } from '../libs/clients.js';

export const main = async ({ streamName, shardCount }: { streamName: string; shardCount: number }) => {
  const client = kinesisClient();
  try {
    await client.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: shardCount }));
    const { state } = await waitUntilStreamExists({ client, maxWaitTime: 30 }, { StreamName: streamName });
    console.log(`Stream ${streamName}: ${state}`);
  } catch (caught) {
    if (caught instanceof ResourceInUseException) console.error(`Stream ${streamName} already exists`);
    else throw caught;
  } finally {
    client.destroy();
  }
};
