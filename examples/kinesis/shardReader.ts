// Reads a Kinesis stream with the ShardReader and keeps a checkpoint in a JSON file, so a
// reader that stops (a deploy, a crash, Ctrl-C) goes on where it was: nothing lost, nothing
// read twice. Run it again against the same server and it picks up only what is new.
//
//   pnpm --filter @skiff/examples exec tsx kinesis/shardReader.ts
//   KINESIS_ENDPOINT=http://127.0.0.1:4567 CHECKPOINT=./clicks.json pnpm --filter @skiff/examples exec tsx kinesis/shardReader.ts
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStreamCommand, KinesisClient, PutRecordCommand, ResourceInUseException, ShardReader, waitUntilStreamExists, type ReaderCheckpoint,
} from '@skiff/kinesis';
import { endpointFor, kinesisServer, runScript } from '../lib/servers.js';

const StreamName = 'clicks';
const file = process.env.CHECKPOINT ?? join(tmpdir(), 'skiff-example-clicks.checkpoint.json');

const load = (): ReaderCheckpoint | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReaderCheckpoint) : undefined);
const save = (checkpoint: ReaderCheckpoint) => writeFileSync(file, JSON.stringify(checkpoint, null, 2));

/** Reads from the saved checkpoint, saving after every record; stops after `max` records or once caught up. */
async function read(client: KinesisClient, label: string, max = Infinity): Promise<number> {
  const reader = new ShardReader(client, { StreamName, checkpoint: load(), stopWhenCaughtUp: true, idleDelay: 100 });
  let n = 0;
  for await (const record of reader) {
    n++;
    save(reader.checkpoint()); // after handling the record: a restart resumes right after it
    if (n >= max) break;
  }
  console.log(`${label}: read ${n} records; checkpoint ${file}: ${JSON.stringify(load()?.shards)}`);
  return n;
}

runScript(async () => {
  if (!process.env.KINESIS_ENDPOINT) rmSync(file, { force: true }); // a new server: an old checkpoint means nothing there
  const client = new KinesisClient(await endpointFor('KINESIS_ENDPOINT', () => kinesisServer()));
  try {
    await client.send(new CreateStreamCommand({ StreamName, ShardCount: 2 }));
  } catch (e) {
    if (!(e instanceof ResourceInUseException)) throw e; // it is there already
  }
  await waitUntilStreamExists({ client, maxWaitTime: 60, minDelay: 0.2 }, { StreamName });

  const put = async (count: number) => {
    for (let i = 0; i < count; i++) await client.send(new PutRecordCommand({ StreamName, PartitionKey: `user-${i % 5}`, Data: JSON.stringify({ i, at: Date.now() }) }));
  };
  await put(30);
  console.log('put 30 records');
  await read(client, 'first reader (stops after 12, as if it crashed)', 12);
  await read(client, 'second reader (resumes from the file)');
  await put(5);
  console.log('put 5 more');
  await read(client, 'third reader (only the new ones)');
  client.destroy();
});
