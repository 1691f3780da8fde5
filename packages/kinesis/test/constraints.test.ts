// Each documented constraint (../shared/seeds/003, today's API reference where it differs, and
// seed-decisions.md where it settles a disagreement) rejects a bad input with ParamValidationError before anything is sent.
import { describe, expect, it } from 'vitest';
import {
  CreateStreamCommand, DeleteStreamCommand, DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, ListStreamsCommand,
  MergeShardsCommand, ParamValidationError, PutRecordCommand, SplitShardCommand,
} from '../src/index.js';
import { captured, dec, type AnyCommand } from './helpers.js';

const S = 'stream-1';
const SHARD = 'shardId-000000000000';
const SEQ = '49546986683135544286507457936321625675700192471156785154';
const put = (o: object) => new PutRecordCommand({ StreamName: S, PartitionKey: 'pk', Data: 'x', ...o } as never);
const iter = (o: object) => new GetShardIteratorCommand({ StreamName: S, ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON', ...o } as never);
const PATTERN = /^must match the pattern /;

// [constraint, command, member path, message (exact string or pattern)]
const cases: Array<[string, AnyCommand, string, string | RegExp]> = [
  // StreamName on every operation that takes it: 1..128, [a-zA-Z0-9_.-]+, required.
  ['CreateStream StreamName max 128', new CreateStreamCommand({ StreamName: 'a'.repeat(129), ShardCount: 1 }), 'StreamName', 'length must be at most 128'],
  ['CreateStream StreamName min 1', new CreateStreamCommand({ StreamName: '', ShardCount: 1 }), 'StreamName', 'length must be at least 1'],
  ['CreateStream StreamName pattern', new CreateStreamCommand({ StreamName: 'bad name!', ShardCount: 1 }), 'StreamName', PATTERN],
  ['CreateStream StreamName required', new CreateStreamCommand({ ShardCount: 1 } as never), 'StreamName', 'is required'],
  ['CreateStream ShardCount min 1', new CreateStreamCommand({ StreamName: S, ShardCount: 0 }), 'ShardCount', 'must be at least 1'],
  ['CreateStream StreamMode values', new CreateStreamCommand({ StreamName: S, StreamModeDetails: { StreamMode: 'AUTO' } } as never), 'StreamModeDetails.StreamMode', /^must be one of/],
  ['CreateStream MaxRecordSizeInKiB min 1024', new CreateStreamCommand({ StreamName: S, MaxRecordSizeInKiB: 1023 }), 'MaxRecordSizeInKiB', 'must be at least 1024'],
  ['CreateStream MaxRecordSizeInKiB max 10240', new CreateStreamCommand({ StreamName: S, MaxRecordSizeInKiB: 10_241 }), 'MaxRecordSizeInKiB', 'must be at most 10240'],
  ['CreateStream Tags min 1 entry', new CreateStreamCommand({ StreamName: S, Tags: {} }), 'Tags', 'must have at least 1 entry'],
  ['CreateStream ShardCount integer', new CreateStreamCommand({ StreamName: S, ShardCount: 1.5 }), 'ShardCount', 'must be an integer'],
  ['DeleteStream StreamName max 128', new DeleteStreamCommand({ StreamName: 'a'.repeat(129) }), 'StreamName', 'length must be at most 128'],
  ['DeleteStream StreamName pattern', new DeleteStreamCommand({ StreamName: 'a/b' }), 'StreamName', PATTERN],
  ['DeleteStream StreamName or StreamARN required', new DeleteStreamCommand({} as never), 'StreamName', 'is required (or StreamARN)'],
  ['DescribeStream StreamName or StreamARN required', new DescribeStreamCommand({} as never), 'StreamName', 'is required (or StreamARN)'],
  ['DescribeStream StreamName pattern', new DescribeStreamCommand({ StreamName: 'é' }), 'StreamName', PATTERN],
  ['DescribeStream Limit min 1', new DescribeStreamCommand({ StreamName: S, Limit: 0 }), 'Limit', 'must be at least 1'],
  ['DescribeStream Limit max 10000', new DescribeStreamCommand({ StreamName: S, Limit: 10_001 }), 'Limit', 'must be at most 10000'],
  ['DescribeStream ExclusiveStartShardId max 128', new DescribeStreamCommand({ StreamName: S, ExclusiveStartShardId: 's'.repeat(129) }), 'ExclusiveStartShardId', 'length must be at most 128'],
  ['DescribeStream ExclusiveStartShardId min 1', new DescribeStreamCommand({ StreamName: S, ExclusiveStartShardId: '' }), 'ExclusiveStartShardId', 'length must be at least 1'],
  ['DescribeStream ExclusiveStartShardId pattern', new DescribeStreamCommand({ StreamName: S, ExclusiveStartShardId: 'shard id' }), 'ExclusiveStartShardId', PATTERN],
  ['ListStreams Limit min 1', new ListStreamsCommand({ Limit: 0 }), 'Limit', 'must be at least 1'],
  ['ListStreams Limit max 10000', new ListStreamsCommand({ Limit: 10_001 }), 'Limit', 'must be at most 10000'],
  ['ListStreams ExclusiveStartStreamName max 128', new ListStreamsCommand({ ExclusiveStartStreamName: 'a'.repeat(129) }), 'ExclusiveStartStreamName', 'length must be at most 128'],
  ['ListStreams ExclusiveStartStreamName pattern', new ListStreamsCommand({ ExclusiveStartStreamName: 'a b' }), 'ExclusiveStartStreamName', PATTERN],
  // GetRecords: ShardIterator 1..512 and required; Limit 1..10,000.
  ['GetRecords ShardIterator max 512', new GetRecordsCommand({ ShardIterator: 'A'.repeat(513) }), 'ShardIterator', 'length must be at most 512'],
  ['GetRecords ShardIterator min 1', new GetRecordsCommand({ ShardIterator: '' }), 'ShardIterator', 'length must be at least 1'],
  ['GetRecords ShardIterator required', new GetRecordsCommand({} as never), 'ShardIterator', 'is required'],
  ['GetRecords Limit max 10000', new GetRecordsCommand({ ShardIterator: 'AAAA', Limit: 10_001 }), 'Limit', 'must be at most 10000'],
  ['GetRecords Limit min 1', new GetRecordsCommand({ ShardIterator: 'AAAA', Limit: 0 }), 'Limit', 'must be at least 1'],
  // GetShardIterator: ShardId, the four iterator types, StartingSequenceNumber exactly when needed.
  ['GetShardIterator ShardId max 128', iter({ ShardId: 's'.repeat(129) }), 'ShardId', 'length must be at most 128'],
  ['GetShardIterator ShardId min 1', iter({ ShardId: '' }), 'ShardId', 'length must be at least 1'],
  ['GetShardIterator ShardId pattern', iter({ ShardId: 'shard:0' }), 'ShardId', PATTERN],
  ['GetShardIterator ShardId required', iter({ ShardId: undefined }), 'ShardId', 'is required'],
  ['GetShardIterator StreamName max 128', iter({ StreamName: 'a'.repeat(129) }), 'StreamName', 'length must be at most 128'],
  ['GetShardIterator ShardIteratorType values', iter({ ShardIteratorType: 'AT_TIME' }), 'ShardIteratorType', 'must be one of AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP'],
  ['GetShardIterator AT_TIMESTAMP needs Timestamp', iter({ ShardIteratorType: 'AT_TIMESTAMP' }), 'Timestamp', 'is required when ShardIteratorType is AT_TIMESTAMP'],
  ['GetShardIterator StreamARN pattern', iter({ StreamName: undefined, StreamARN: 'arn:aws:s3:::bucket' }), 'StreamARN', PATTERN],
  ['GetShardIterator ShardIteratorType required', iter({ ShardIteratorType: undefined }), 'ShardIteratorType', /^(is required|must be one of)/],
  ['GetShardIterator AT_SEQUENCE_NUMBER needs StartingSequenceNumber', iter({ ShardIteratorType: 'AT_SEQUENCE_NUMBER' }), 'StartingSequenceNumber', 'is required when ShardIteratorType is AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER'],
  ['GetShardIterator AFTER_SEQUENCE_NUMBER needs StartingSequenceNumber', iter({ ShardIteratorType: 'AFTER_SEQUENCE_NUMBER' }), 'StartingSequenceNumber', 'is required when ShardIteratorType is AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER'],
  ['GetShardIterator StartingSequenceNumber pattern', iter({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: '0123' }), 'StartingSequenceNumber', PATTERN],
  // MergeShards and SplitShard.
  ['MergeShards ShardToMerge max 128', new MergeShardsCommand({ StreamName: S, ShardToMerge: 's'.repeat(129), AdjacentShardToMerge: SHARD }), 'ShardToMerge', 'length must be at most 128'],
  ['MergeShards ShardToMerge pattern', new MergeShardsCommand({ StreamName: S, ShardToMerge: 'a b', AdjacentShardToMerge: SHARD }), 'ShardToMerge', PATTERN],
  ['MergeShards AdjacentShardToMerge min 1', new MergeShardsCommand({ StreamName: S, ShardToMerge: SHARD, AdjacentShardToMerge: '' }), 'AdjacentShardToMerge', 'length must be at least 1'],
  ['MergeShards AdjacentShardToMerge required', new MergeShardsCommand({ StreamName: S, ShardToMerge: SHARD } as never), 'AdjacentShardToMerge', 'is required'],
  ['MergeShards StreamName pattern', new MergeShardsCommand({ StreamName: 'x y', ShardToMerge: SHARD, AdjacentShardToMerge: SHARD }), 'StreamName', PATTERN],
  ['SplitShard ShardToSplit max 128', new SplitShardCommand({ StreamName: S, ShardToSplit: 's'.repeat(129), NewStartingHashKey: '1' }), 'ShardToSplit', 'length must be at most 128'],
  ['SplitShard ShardToSplit required', new SplitShardCommand({ StreamName: S, NewStartingHashKey: '1' } as never), 'ShardToSplit', 'is required'],
  ['SplitShard NewStartingHashKey pattern', new SplitShardCommand({ StreamName: S, ShardToSplit: SHARD, NewStartingHashKey: '-1' }), 'NewStartingHashKey', PATTERN],
  ['SplitShard NewStartingHashKey leading zero', new SplitShardCommand({ StreamName: S, ShardToSplit: SHARD, NewStartingHashKey: '01' }), 'NewStartingHashKey', PATTERN],
  ['SplitShard NewStartingHashKey above 2^128-1', new SplitShardCommand({ StreamName: S, ShardToSplit: SHARD, NewStartingHashKey: (1n << 128n).toString() }), 'NewStartingHashKey', 'must be at most 2^128-1 (340282366920938463463374607431768211455)'],
  ['SplitShard NewStartingHashKey required', new SplitShardCommand({ StreamName: S, ShardToSplit: SHARD } as never), 'NewStartingHashKey', 'is required'],
  // PutRecord.
  ['PutRecord PartitionKey max 256 characters', put({ PartitionKey: 'k'.repeat(257) }), 'PartitionKey', 'length must be at most 256'],
  ['PutRecord PartitionKey max 256 UTF-8 bytes', put({ PartitionKey: 'é'.repeat(129) }), 'PartitionKey', 'must be at most 256 bytes in UTF-8'],
  ['PutRecord PartitionKey min 1', put({ PartitionKey: '' }), 'PartitionKey', 'length must be at least 1'],
  ['PutRecord PartitionKey required', put({ PartitionKey: undefined }), 'PartitionKey', 'is required'],
  ['PutRecord Data max 10485760 bytes', put({ Data: new Uint8Array(10_485_761) }), 'Data', 'size must be at most 10485760 bytes'],
  ['PutRecord Data (string) max 10485760 UTF-8 bytes', put({ Data: 'é'.repeat(5_242_881) }), 'Data', 'size must be at most 10485760 bytes'],
  ['PutRecord Data required', put({ Data: undefined }), 'Data', /^(is required|must be of type)/],
  ['PutRecord Data type', put({ Data: 42 }), 'Data', /must be/],
  ['PutRecord ExplicitHashKey pattern', put({ ExplicitHashKey: '12a' }), 'ExplicitHashKey', PATTERN],
  ['PutRecord ExplicitHashKey above 2^128-1', put({ ExplicitHashKey: '340282366920938463463374607431768211456' }), 'ExplicitHashKey', 'must be at most 2^128-1 (340282366920938463463374607431768211455)'],
  ['PutRecord SequenceNumberForOrdering pattern', put({ SequenceNumberForOrdering: 'abc' }), 'SequenceNumberForOrdering', PATTERN],
  ['PutRecord StreamName max 128', put({ StreamName: 'a'.repeat(129) }), 'StreamName', 'length must be at most 128'],
];

describe('ParamValidationError before anything is sent', () => {
  it.each(cases)('%s', async (_name, command, path, message) => {
    const { cap, client } = captured();
    const err = await client.send(command).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(err).toMatchObject({ name: 'ParamValidationError', $fault: 'client' });
    const issue = (err as ParamValidationError).issues.find((i) => i.path === path);
    expect(issue, JSON.stringify((err as ParamValidationError).issues)).toBeDefined();
    if (typeof message === 'string') expect(issue!.message).toBe(message);
    else expect(issue!.message).toMatch(message);
    expect((err as Error).message).toContain(path);
    expect(cap.requests).toHaveLength(0);
  });
});

describe('inputs at the limits are accepted', () => {
  const ok: Array<[string, AnyCommand]> = [
    ['StreamName of 128 characters of every allowed kind', new DeleteStreamCommand({ StreamName: `aZ09_.-${'x'.repeat(121)}` })],
    ['ShardCount 100000 (no maximum in the reference)', new CreateStreamCommand({ StreamName: S, ShardCount: 100_000 })],
    ['CreateStream on demand without ShardCount', new CreateStreamCommand({ StreamName: S, StreamModeDetails: { StreamMode: 'ON_DEMAND' }, MaxRecordSizeInKiB: 10_240, Tags: { a: '' } })],
    ['TRIM_HORIZON with a StartingSequenceNumber (the service decides)', iter({ StartingSequenceNumber: SEQ })],
    ['AT_TIMESTAMP with a Date', iter({ ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(0) })],
    // PutRecord leaves "one of StreamName and StreamARN" to the service (putRecord.ts: bundle size).
    ['PutRecord with neither StreamName nor StreamARN (the service answers)', put({ StreamName: undefined })],
    ['PutRecord by StreamARN only', put({ StreamName: undefined, StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/s' })],
    ['PartitionKey of 256 one-byte characters', put({ PartitionKey: 'k'.repeat(256) })],
    ['PartitionKey of 128 two-byte characters (256 bytes)', put({ PartitionKey: 'é'.repeat(128) })],
    ['Data of exactly 10485760 bytes', put({ Data: new Uint8Array(10_485_760) })],
    ['Data empty (minimum length 0)', put({ Data: new Uint8Array(0) })],
    ['ExplicitHashKey 0 and 2^128-1', put({ ExplicitHashKey: '340282366920938463463374607431768211455' })],
    ['SequenceNumberForOrdering', put({ SequenceNumberForOrdering: SEQ })],
    ['AT_SEQUENCE_NUMBER with its sequence number', iter({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: SEQ })],
    ['LATEST without a sequence number', iter({ ShardIteratorType: 'LATEST' })],
    ['ShardIterator of 512 characters, Limit 10000', new GetRecordsCommand({ ShardIterator: 'A'.repeat(512), Limit: 10_000 })],
    ['ListStreams with no input members', new ListStreamsCommand({})],
    ['DescribeStream Limit 1 and a start shard', new DescribeStreamCommand({ StreamName: S, Limit: 1, ExclusiveStartShardId: SHARD })],
    ['SplitShard NewStartingHashKey 0', new SplitShardCommand({ StreamName: S, ShardToSplit: SHARD, NewStartingHashKey: '0' })],
  ];
  it.each(ok)('%s', async (_name, command) => {
    const { cap, client } = captured();
    await client.send(command);
    expect(cap.requests).toHaveLength(1);
  });

  it('validation: false sends what it is given (the service judges it)', async () => {
    const { cap, client } = captured(undefined, { validation: false });
    await client.send(new CreateStreamCommand({ StreamName: 'bad name!', ShardCount: 0 }));
    expect(JSON.parse(dec(cap.last!.body))).toEqual({ StreamName: 'bad name!', ShardCount: 0 });
  });

  it('names every broken member at once', async () => {
    const { cap, client } = captured();
    const err = (await client.send(put({ StreamName: '', PartitionKey: '', Data: new Uint8Array(10_485_761) })).catch((e: unknown) => e)) as ParamValidationError;
    expect([...new Set(err.issues.map((i) => i.path))].sort()).toEqual(['Data', 'PartitionKey', 'StreamName']);
    expect(cap.requests).toHaveLength(0);
  });
});
