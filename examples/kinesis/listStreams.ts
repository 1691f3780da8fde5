// Lists Kinesis streams with the paginator: pages of `pageSize`, at most `maxItems` in a
// run, and a resumeToken to go on later exactly where the run stopped.
//
//   pnpm --filter @skiff/examples exec tsx kinesis/listStreams.ts
//   KINESIS_ENDPOINT=http://127.0.0.1:4567 pnpm --filter @skiff/examples exec tsx kinesis/listStreams.ts
import { CreateStreamCommand, KinesisClient, paginateListStreams } from '@skiff/kinesis';
import { endpointFor, kinesisServer, runScript } from '../lib/servers.js';

runScript(async () => {
  const fresh = !process.env.KINESIS_ENDPOINT;
  const client = new KinesisClient(await endpointFor('KINESIS_ENDPOINT', () => kinesisServer({ delayMs: 0 })));
  if (fresh) {
    // A new local server has no streams: make some to list.
    for (let i = 1; i <= 7; i++) await client.send(new CreateStreamCommand({ StreamName: `example-${i}`, ShardCount: 1 }));
  }

  // At most 5 names, 2 per request (ListStreams Limit).
  let resumeToken: string | undefined;
  for await (const page of paginateListStreams({ client, pageSize: 2, maxItems: 5 }, {})) {
    console.log('page:', page.StreamNames);
    resumeToken = page.resumeToken;
  }
  console.log('stopped after 5; resumeToken:', resumeToken);

  // Later (or in another process): go on right after the 5th name.
  for await (const page of paginateListStreams({ client, pageSize: 2, startingToken: resumeToken }, {})) console.log('resumed page:', page.StreamNames);
  client.destroy();
});
