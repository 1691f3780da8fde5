// The constraints today's API reference (botocore's service-2.json) puts on the members the
// 2013 document lacks: each rejects a bad input with ParamValidationError before sending.
import { describe, expect, it } from 'vitest';
import {
  AddTagsToStreamCommand, DescribeStreamConsumerCommand, DescribeStreamSummaryCommand, EnableEnhancedMonitoringCommand, GetResourcePolicyCommand,
  IncreaseStreamRetentionPeriodCommand, ListShardsCommand, ListStreamConsumersCommand, ListStreamsCommand, ListTagsForStreamCommand,
  ParamValidationError, PutRecordsCommand, RegisterStreamConsumerCommand, RemoveTagsFromStreamCommand, StartStreamEncryptionCommand, TagResourceCommand,
  UntagResourceCommand, UpdateMaxRecordSizeCommand, UpdateShardCountCommand, UpdateStreamModeCommand,
} from '../src/index.js';
import { captured, type AnyCommand } from './helpers.js';

const S = 'stream-1';
const ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/stream-1';
const CONSUMER = `${ARN}/consumer/c1:1700000000`;
const PATTERN = /^must match the pattern /;
const rec = { PartitionKey: 'k', Data: 'x' };
const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));

const cases: Array<[string, AnyCommand, string, string | RegExp]> = [
  ['PutRecords Records min 1', new PutRecordsCommand({ StreamName: S, Records: [] }), 'Records', 'must have at least 1 items'],
  ['PutRecords Records max 500', new PutRecordsCommand({ StreamName: S, Records: Array(501).fill(rec) }), 'Records', 'must have at most 500 items'],
  ['PutRecords record PartitionKey min 1', new PutRecordsCommand({ StreamName: S, Records: [{ PartitionKey: '', Data: 'x' }] }), 'Records[0].PartitionKey', 'length must be at least 1'],
  ['PutRecords record Data max 10 MiB', new PutRecordsCommand({ StreamName: S, Records: [{ PartitionKey: 'k', Data: new Uint8Array(10_485_761) }] }), 'Records[0].Data', 'size must be at most 10485760 bytes'],
  ['PutRecords record ExplicitHashKey pattern', new PutRecordsCommand({ StreamName: S, Records: [{ ...rec, ExplicitHashKey: 'x' }] }), 'Records[0].ExplicitHashKey', PATTERN],
  ['PutRecords stream required', new PutRecordsCommand({ Records: [rec] }), 'StreamName', 'is required (or StreamARN)'],
  ['PutRecords StreamARN pattern', new PutRecordsCommand({ StreamARN: 'arn:aws:sqs:us-east-1:123456789012:q', Records: [rec] }), 'StreamARN', PATTERN],
  ['PutRecords StreamARN max 2048', new PutRecordsCommand({ StreamARN: `${ARN}${'x'.repeat(2048)}`, Records: [rec] }), 'StreamARN', 'length must be at most 2048'],
  ['ListShards needs a stream or a token', new ListShardsCommand({}), 'StreamName', 'is required (or StreamARN, or NextToken)'],
  ['ListShards NextToken with StreamName', new ListShardsCommand({ StreamName: S, NextToken: 't' }), 'NextToken', 'cannot be combined with StreamName, ExclusiveStartShardId or StreamCreationTimestamp'],
  ['ListShards ShardFilter with ExclusiveStartShardId', new ListShardsCommand({ StreamName: S, ExclusiveStartShardId: 'shardId-1', ShardFilter: { Type: 'AT_LATEST' } }), 'ShardFilter', 'cannot be combined with ExclusiveStartShardId'],
  ['ListShards ShardFilter AFTER_SHARD_ID needs ShardId', new ListShardsCommand({ StreamName: S, ShardFilter: { Type: 'AFTER_SHARD_ID' } }), 'ShardFilter.ShardId', 'is required when Type is AFTER_SHARD_ID'],
  ['ListShards ShardFilter AT_TIMESTAMP needs Timestamp', new ListShardsCommand({ StreamName: S, ShardFilter: { Type: 'AT_TIMESTAMP' } }), 'ShardFilter.Timestamp', 'is required when Type is AT_TIMESTAMP or FROM_TIMESTAMP'],
  ['ListShards ShardFilter Type values', new ListShardsCommand({ StreamName: S, ShardFilter: { Type: 'LATEST' } } as never), 'ShardFilter.Type', /^must be one of/],
  ['ListShards MaxResults max 10000', new ListShardsCommand({ StreamName: S, MaxResults: 10_001 }), 'MaxResults', 'must be at most 10000'],
  ['ListShards NextToken min 1', new ListShardsCommand({ NextToken: '' }), 'NextToken', 'length must be at least 1'],
  ['ListStreams NextToken min 1', new ListStreamsCommand({ NextToken: '' }), 'NextToken', 'length must be at least 1'],
  ['DescribeStreamSummary stream required', new DescribeStreamSummaryCommand({}), 'StreamName', 'is required (or StreamARN)'],
  ['AddTagsToStream Tags max 200', new AddTagsToStreamCommand({ StreamName: S, Tags: tags(201) }), 'Tags', 'must have at most 200 entries'],
  ['AddTagsToStream tag value max 256', new AddTagsToStreamCommand({ StreamName: S, Tags: { k: 'v'.repeat(257) } }), 'Tags.k', 'length must be at most 256'],
  ['RemoveTagsFromStream TagKeys max 50', new RemoveTagsFromStreamCommand({ StreamName: S, TagKeys: Array.from({ length: 51 }, (_, i) => `k${i}`) }), 'TagKeys', 'must have at most 50 items'],
  ['RemoveTagsFromStream TagKey max 128', new RemoveTagsFromStreamCommand({ StreamName: S, TagKeys: ['k'.repeat(129)] }), 'TagKeys[0]', 'length must be at most 128'],
  ['ListTagsForStream Limit max 50', new ListTagsForStreamCommand({ StreamName: S, Limit: 51 }), 'Limit', 'must be at most 50'],
  ['IncreaseStreamRetentionPeriod integer', new IncreaseStreamRetentionPeriodCommand({ StreamName: S, RetentionPeriodHours: 48.5 }), 'RetentionPeriodHours', 'must be an integer'],
  ['UpdateShardCount TargetShardCount min 1', new UpdateShardCountCommand({ StreamName: S, TargetShardCount: 0, ScalingType: 'UNIFORM_SCALING' }), 'TargetShardCount', 'must be at least 1'],
  ['UpdateShardCount ScalingType values', new UpdateShardCountCommand({ StreamName: S, TargetShardCount: 2, ScalingType: 'FAST' } as never), 'ScalingType', /^must be one of/],
  ['UpdateStreamMode StreamARN required', new UpdateStreamModeCommand({ StreamModeDetails: { StreamMode: 'ON_DEMAND' } } as never), 'StreamARN', /^(is required|must be)/],
  ['StartStreamEncryption EncryptionType values', new StartStreamEncryptionCommand({ StreamName: S, EncryptionType: 'AES' as never, KeyId: 'k' }), 'EncryptionType', /^must be one of/],
  ['StartStreamEncryption KeyId max 2048', new StartStreamEncryptionCommand({ StreamName: S, EncryptionType: 'KMS', KeyId: 'k'.repeat(2049) }), 'KeyId', 'length must be at most 2048'],
  ['EnableEnhancedMonitoring metrics max 7', new EnableEnhancedMonitoringCommand({ StreamName: S, ShardLevelMetrics: Array(8).fill('ALL') }), 'ShardLevelMetrics', 'must have at most 7 items'],
  ['EnableEnhancedMonitoring metric values', new EnableEnhancedMonitoringCommand({ StreamName: S, ShardLevelMetrics: ['Bytes' as never] }), 'ShardLevelMetrics[0]', /^must be one of/],
  ['RegisterStreamConsumer ConsumerName pattern', new RegisterStreamConsumerCommand({ StreamARN: ARN, ConsumerName: 'a b' }), 'ConsumerName', PATTERN],
  ['DescribeStreamConsumer needs an ARN or a stream and a name', new DescribeStreamConsumerCommand({ ConsumerName: 'c1' }), 'ConsumerARN', 'is required (or StreamARN and ConsumerName)'],
  ['DescribeStreamConsumer ConsumerARN pattern', new DescribeStreamConsumerCommand({ ConsumerARN: `${ARN}/consumer/c1` }), 'ConsumerARN', PATTERN],
  ['ListStreamConsumers MaxResults min 1', new ListStreamConsumersCommand({ StreamARN: ARN, MaxResults: 0 }), 'MaxResults', 'must be at least 1'],
  ['GetResourcePolicy ResourceARN pattern', new GetResourcePolicyCommand({ ResourceARN: 'arn:aws:kinesis:us-east-1:1234:stream/s' }), 'ResourceARN', PATTERN],
  ['TagResource Tags min 1', new TagResourceCommand({ ResourceARN: ARN, Tags: {} }), 'Tags', 'must have at least 1 entry'],
  ['UntagResource TagKeys min 1', new UntagResourceCommand({ ResourceARN: ARN, TagKeys: [] }), 'TagKeys', 'must have at least 1 items'],
  ['UpdateMaxRecordSize min 1024', new UpdateMaxRecordSizeCommand({ StreamARN: ARN, MaxRecordSizeInKiB: 1023 }), 'MaxRecordSizeInKiB', 'must be at least 1024'],
  ['UpdateMaxRecordSize max 10240', new UpdateMaxRecordSizeCommand({ StreamARN: ARN, MaxRecordSizeInKiB: 10_241 }), 'MaxRecordSizeInKiB', 'must be at most 10240'],
];

describe('today\'s members: ParamValidationError before anything is sent', () => {
  it.each(cases)('%s', async (_name, command, path, message) => {
    const { cap, client } = captured();
    const err = await client.send(command).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParamValidationError);
    const issue = (err as ParamValidationError).issues.find((i) => i.path === path);
    expect(issue, JSON.stringify((err as ParamValidationError).issues)).toBeDefined();
    if (typeof message === 'string') expect(issue!.message).toBe(message);
    else expect(issue!.message).toMatch(message);
    expect(cap.requests).toHaveLength(0);
  });

  const ok: Array<[string, AnyCommand]> = [
    ['PutRecords of 500 records', new PutRecordsCommand({ StreamName: S, Records: Array(500).fill(rec) })],
    ['ListShards by NextToken alone', new ListShardsCommand({ NextToken: 'token', MaxResults: 10_000 })],
    ['ListShards by StreamARN with a FROM_TIMESTAMP filter', new ListShardsCommand({ StreamARN: ARN, ShardFilter: { Type: 'FROM_TIMESTAMP', Timestamp: new Date() } })],
    ['DescribeStreamConsumer by ConsumerARN', new DescribeStreamConsumerCommand({ ConsumerARN: CONSUMER })],
    ['TagResource on a consumer', new TagResourceCommand({ ResourceARN: CONSUMER, Tags: tags(200) })],
    ['UpdateMaxRecordSize 10240', new UpdateMaxRecordSizeCommand({ StreamARN: ARN, MaxRecordSizeInKiB: 10_240 })],
    ['EnableEnhancedMonitoring ALL', new EnableEnhancedMonitoringCommand({ StreamARN: ARN, ShardLevelMetrics: ['ALL'] })],
  ];
  it.each(ok)('accepts %s', async (_name, command) => {
    const { cap, client } = captured();
    await client.send(command);
    expect(cap.requests).toHaveLength(1);
  });
});
