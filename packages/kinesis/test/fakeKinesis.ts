// A tiny in-memory Kinesis behind a Transport, for the shard reader's failure paths
// (expired iterators, throttling, aborts) that a real server produces only rarely.
import type { HttpRequest, HttpResponse, Transport } from '@skiff/core';
import { readAll } from '@skiff/core';
import { KinesisClient } from '../src/index.js';
import { creds } from './helpers.js';

export interface FakeShard {
  id: string;
  parent?: string;
  adjacent?: string;
  records: Array<{ PartitionKey: string; Data: string; SequenceNumber: string }>;
  closed?: boolean;
}

export interface Call {
  op: string;
  input: Record<string, unknown>;
  at: number;
}

const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const ok = (v: unknown): HttpResponse => ({ status: 200, headers: {}, body: enc(v) });
const fail = (code: string, message = code): HttpResponse => ({ status: 400, headers: {}, body: enc({ __type: code, message }) });

export class FakeKinesis {
  readonly shards: FakeShard[] = [];
  readonly calls: Call[] = [];
  /** Answers a call with an error instead, when it returns one. */
  fault?: (call: Call, n: number) => string | undefined;
  /** Holds GetRecords until the request's signal aborts. */
  hang = false;
  private nextSeq = 1000;

  addShard(id: string, opts: Partial<FakeShard> = {}): FakeShard {
    const s: FakeShard = { id, records: [], ...opts };
    this.shards.push(s);
    return s;
  }

  put(shardId: string, key: string, data: string): string {
    const seq = String(this.nextSeq++);
    this.shards.find((s) => s.id === shardId)!.records.push({ PartitionKey: key, Data: Buffer.from(data).toString('base64'), SequenceNumber: seq });
    return seq;
  }

  client(extra: Partial<ConstructorParameters<typeof KinesisClient>[0]> = {}): KinesisClient {
    return new KinesisClient({ region: 'us-east-1', credentials: creds, transport: this.transport, maxAttempts: 2, retry: { throttlingBaseDelay: 1, baseDelay: 1 }, ...extra });
  }

  count(op: string): number {
    return this.calls.filter((c) => c.op === op).length;
  }

  transport: Transport = async (req: HttpRequest, { abortSignal }) => {
    const op = req.headers['x-amz-target']!.split('.')[1]!;
    const input = JSON.parse(new TextDecoder().decode((await readAll(req.body as never)).bytes)) as Record<string, unknown>;
    const call = { op, input, at: Date.now() };
    this.calls.push(call);
    const code = this.fault?.(call, this.calls.filter((c) => c.op === op).length);
    if (code) return fail(code);
    if (op === 'GetRecords' && this.hang) {
      return new Promise((_resolve, reject) => abortSignal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    }
    return this.answer(op, input);
  };

  private answer(op: string, input: Record<string, unknown>): HttpResponse {
    if (op === 'DescribeStream') {
      const shards = this.shards.map((s) => ({
        ShardId: s.id,
        ...(s.parent ? { ParentShardId: s.parent } : {}),
        ...(s.adjacent ? { AdjacentParentShardId: s.adjacent } : {}),
        HashKeyRange: { StartingHashKey: '0', EndingHashKey: '1' },
        SequenceNumberRange: { StartingSequenceNumber: '1', ...(s.closed ? { EndingSequenceNumber: '999999' } : {}) },
      }));
      return ok({ StreamDescription: { StreamName: input.StreamName, StreamARN: 'arn', StreamStatus: 'ACTIVE', HasMoreShards: false, Shards: shards } });
    }
    if (op === 'GetShardIterator') {
      const s = this.shards.find((x) => x.id === input.ShardId);
      if (!s) return fail('ResourceNotFoundException');
      const seq = input.StartingSequenceNumber as string | undefined;
      const at = seq === undefined ? -1 : s.records.findIndex((r) => r.SequenceNumber === seq);
      if (seq !== undefined && at < 0) return fail('InvalidArgumentException', 'sequence number not of this shard');
      const pos = { TRIM_HORIZON: 0, LATEST: s.records.length, AT_SEQUENCE_NUMBER: at, AFTER_SEQUENCE_NUMBER: at + 1 }[input.ShardIteratorType as string]!;
      return ok({ ShardIterator: iterator(s.id, pos) });
    }
    if (op === 'GetRecords') {
      const { shard, pos } = JSON.parse(Buffer.from(input.ShardIterator as string, 'base64').toString()) as { shard: string; pos: number };
      const s = this.shards.find((x) => x.id === shard)!;
      const records = s.records.slice(pos, pos + ((input.Limit as number | undefined) ?? 10_000));
      const next = pos + records.length;
      // A closed shard read to its end: the last records come with a null NextShardIterator.
      const end = s.closed && next >= s.records.length;
      return ok({ Records: records, NextShardIterator: end ? null : iterator(s.id, next), MillisBehindLatest: 0 });
    }
    return fail('InvalidAction');
  }
}

const iterator = (shard: string, pos: number) => Buffer.from(JSON.stringify({ shard, pos })).toString('base64');
