// The Kinesis part of the tour: a stream and its waiter, records over a few partition keys,
// a SplitShard in the middle, and the ShardReader reading everything back across the split:
// each record once, each key's records in the order they were put.
import {
  CreateStreamCommand, DescribeStreamCommand, KinesisClient, PutRecordCommand, ShardReader, SplitShardCommand,
  waitUntilStreamExists, type StreamRecord,
} from '@skiff/kinesis';
import { LOCAL_CREDENTIALS, type LocalServer } from '../lib/servers.js';
import { note, step } from '../lib/report.js';

const STREAM = 'skiff-tour';
const KEYS = ['user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'user-6'];
const wait = { maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 };

export async function kinesisTour(server: LocalServer): Promise<void> {
  const client = new KinesisClient({ region: server.region, endpoint: server.endpoint, credentials: LOCAL_CREDENTIALS });
  const sent: Array<{ key: string; n: number; SequenceNumber: string }> = [];
  const put = async (round: string, perKey: number) => {
    // Keys in parallel, each key's records one after the other (that is what orders them).
    await Promise.all(KEYS.map(async (key) => {
      for (let i = 0; i < perKey; i++) {
        const n = sent.filter((s) => s.key === key).length;
        const out = await client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: key, Data: JSON.stringify({ key, n, round }) }));
        sent.push({ key, n, SequenceNumber: out.SequenceNumber! });
      }
    }));
  };
  try {
    await step(`CreateStream "${STREAM}" (1 shard), then waitUntilStreamExists`, async () => {
      await client.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 1 }));
      const waited = await waitUntilStreamExists({ client, ...wait }, { StreamName: STREAM });
      note(`waitUntilStreamExists → ${waited.state}`);
    });

    await step('PutRecord × 60 over 6 partition keys', async () => {
      await put('before split', 10);
      note(`${sent.length} records in shardId-000000000000`);
    });

    await step('SplitShard at the middle of the hash range, then wait for ACTIVE', async () => {
      const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamName: STREAM }));
      const parent = StreamDescription!.Shards[0]!;
      const mid = (BigInt(parent.HashKeyRange.StartingHashKey) + BigInt(parent.HashKeyRange.EndingHashKey) + 1n) / 2n;
      await client.send(new SplitShardCommand({ StreamName: STREAM, ShardToSplit: parent.ShardId, NewStartingHashKey: mid.toString() }));
      await waitUntilStreamExists({ client, ...wait }, { StreamName: STREAM });
      const after = await client.send(new DescribeStreamCommand({ StreamName: STREAM }));
      for (const s of after.StreamDescription!.Shards) {
        note(`${s.ShardId}${s.ParentShardId ? ` (child of ${s.ParentShardId})` : ''}${s.SequenceNumberRange.EndingSequenceNumber ? ' closed' : ' open'}`);
      }
    });

    await step('PutRecord × 60 more (they land in the two children)', async () => {
      await put('after split', 10);
      note(`${sent.length} records put in all`);
    });

    await step('ShardReader from TRIM_HORIZON across the split, with a checkpoint', async () => {
      const reader = new ShardReader(client, { StreamName: STREAM, from: 'TRIM_HORIZON', stopWhenCaughtUp: true, idleDelay: 50 });
      const got: StreamRecord[] = [];
      for await (const record of reader) got.push(record);
      const perShard = new Map<string, number>();
      for (const r of got) perShard.set(r.ShardId, (perShard.get(r.ShardId) ?? 0) + 1);
      note(`read ${got.length} records: ${[...perShard].map(([id, n]) => `${id} ${n}`).join(', ')}`);
      checkExactlyOnceInOrder(got, sent);
      note('each record exactly once, and each key in the order it was put (parent before children)');
      const checkpoint = reader.checkpoint();
      note(`checkpoint(): ${Object.keys(checkpoint.shards).length} shards with a last sequence number, ${checkpoint.finished.length} finished`);
      // A reader resumed from the checkpoint has nothing more to read.
      const resumed = new ShardReader(client, { StreamName: STREAM, checkpoint, stopWhenCaughtUp: true, idleDelay: 50 });
      let more = 0;
      for await (const _ of resumed) more++;
      note(`a reader resumed from that checkpoint read ${more} more`);
      if (more !== 0) throw new Error(`a reader resumed from the checkpoint read ${more} records again`);
    });
  } finally {
    client.destroy();
  }
}

function checkExactlyOnceInOrder(got: StreamRecord[], sent: Array<{ key: string; n: number; SequenceNumber: string }>): void {
  const seqs = new Set(got.map((r) => r.SequenceNumber));
  if (seqs.size !== got.length) throw new Error('a record was read twice');
  const missing = sent.filter((s) => !seqs.has(s.SequenceNumber));
  if (missing.length || got.length !== sent.length) throw new Error(`read ${got.length} records, ${missing.length} of the ${sent.length} put are missing`);
  const lastN = new Map<string, number>();
  for (const r of got) {
    const { key, n } = JSON.parse(new TextDecoder().decode(r.Data)) as { key: string; n: number };
    if (n !== (lastN.get(key) ?? -1) + 1) throw new Error(`${key}: record ${n} came after record ${lastN.get(key)}`);
    lastN.set(key, n);
  }
}
