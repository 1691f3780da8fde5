// ListStreams through its paginator, then DeleteStream and waitUntilStreamNotExists.
import { DeleteStreamCommand, paginateListStreams, waitUntilStreamNotExists } from '@skiff/kinesis';
import { kinesisClient } from '../libs/clients.js';

export const main = async ({ streamName }: { streamName: string }) => {
  const client = kinesisClient();
  try {
    const names: string[] = [];
    for await (const page of paginateListStreams({ client, pageSize: 1 }, {})) names.push(...(page.StreamNames ?? []));
    console.log(`streams: ${names.join(', ')}`);
    await client.send(new DeleteStreamCommand({ StreamName: streamName }));
    await waitUntilStreamNotExists({ client, maxWaitTime: 30 }, { StreamName: streamName });
    console.log(`Stream ${streamName} deleted`);
  } finally {
    client.destroy();
  }
};
