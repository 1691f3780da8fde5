// Today's operations against moto's Kinesis (started here, stopped at the end): on-demand
// CreateStream, StreamARN addressing, ListShards pages by NextToken, UpdateShardCount,
// UpdateStreamMode, encryption, enhanced monitoring, consumers (+ paginator), resource
// policies, DescribeLimits, ListStreams' NextToken and StreamSummaries.
import { startMoto, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStreamCommand, DeleteResourcePolicyCommand, DeregisterStreamConsumerCommand, DescribeLimitsCommand, DescribeStreamConsumerCommand,
  DescribeStreamSummaryCommand, DisableEnhancedMonitoringCommand, EnableEnhancedMonitoringCommand, GetResourcePolicyCommand, KinesisClient,
  ListShardsCommand, ListStreamConsumersCommand, ListStreamsCommand, paginateListStreamConsumers, PutRecordsCommand,
  PutResourcePolicyCommand, RegisterStreamConsumerCommand, StartStreamEncryptionCommand, StopStreamEncryptionCommand,
  UpdateShardCountCommand, UpdateStreamModeCommand,
} from '../src/index.js';

let peer: Peer;
let client: KinesisClient;
let arn: string;

beforeAll(async () => {
  peer = await startMoto();
  client = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'AKIDMOTO', secretAccessKey: 'moto-secret' } });
  await client.send(new CreateStreamCommand({ StreamName: 'prov', ShardCount: 5 }));
  arn = (await client.send(new DescribeStreamSummaryCommand({ StreamName: 'prov' }))).StreamDescriptionSummary!.StreamARN;
}, 60_000);

afterAll(async () => {
  await peer?.stop();
});

describe('moto: today\'s operations', () => {
  it('CreateStream ON_DEMAND without ShardCount; DescribeStreamSummary by StreamARN', async () => {
    await client.send(new CreateStreamCommand({ StreamName: 'ondemand', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    const od = (await client.send(new DescribeStreamSummaryCommand({ StreamName: 'ondemand' }))).StreamDescriptionSummary!;
    expect(od.StreamModeDetails).toEqual({ StreamMode: 'ON_DEMAND' });
    const s = (await client.send(new DescribeStreamSummaryCommand({ StreamARN: arn }))).StreamDescriptionSummary!;
    expect(s).toMatchObject({ StreamName: 'prov', OpenShardCount: 5 });
    expect(arn).toMatch(/^arn:aws:kinesis:us-east-1:\d{12}:stream\/prov$/);
  });

  it('ListStreams: StreamSummaries with Dates', async () => {
    const out = await client.send(new ListStreamsCommand({}));
    expect(out.StreamNames).toEqual(expect.arrayContaining(['prov', 'ondemand']));
    const sum = out.StreamSummaries!.find((x) => x.StreamName === 'prov')!;
    expect(sum.StreamARN).toBe(arn);
    expect(sum.StreamCreationTimestamp).toBeInstanceOf(Date);
  });

  it('ListShards by StreamARN, MaxResults and NextToken', async () => {
    const all = (await client.send(new ListShardsCommand({ StreamARN: arn }))).Shards!.map((s) => s.ShardId);
    expect(all).toHaveLength(5);
    const first = await client.send(new ListShardsCommand({ StreamName: 'prov', MaxResults: 2 }));
    expect(first.Shards!.map((s) => s.ShardId)).toEqual(all.slice(0, 2));
    expect(first.NextToken).toEqual(expect.any(String));
    // The paginator sends the token alone after page one, as the API reference requires (and
    // kinesalite enforces); moto wants the first page's members repeated, so it is not paged here
    // (paginators.test.ts checks the requests).
  });

  it('PutRecords by StreamARN', async () => {
    const out = await client.send(new PutRecordsCommand({ StreamARN: arn, Records: [{ PartitionKey: 'a', Data: 'x' }, { PartitionKey: 'b', Data: new Uint8Array([1, 2]) }] }));
    expect(out.Records).toHaveLength(2);
    expect(out.FailedRecordCount ?? 0).toBe(0);
  });

  it('UpdateShardCount', async () => {
    await client.send(new CreateStreamCommand({ StreamName: 'resize', ShardCount: 2 }));
    const out = await client.send(new UpdateShardCountCommand({ StreamName: 'resize', TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' }));
    expect(out).toMatchObject({ CurrentShardCount: 2, TargetShardCount: 4, StreamName: 'resize' });
  });

  it('UpdateStreamMode to ON_DEMAND and back', async () => {
    await client.send(new CreateStreamCommand({ StreamName: 'mode', ShardCount: 1 }));
    const modeArn = (await client.send(new DescribeStreamSummaryCommand({ StreamName: 'mode' }))).StreamDescriptionSummary!.StreamARN;
    await client.send(new UpdateStreamModeCommand({ StreamARN: modeArn, StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    expect((await client.send(new DescribeStreamSummaryCommand({ StreamARN: modeArn }))).StreamDescriptionSummary!.StreamModeDetails).toEqual({ StreamMode: 'ON_DEMAND' });
  });

  it('Start/StopStreamEncryption', async () => {
    await client.send(new StartStreamEncryptionCommand({ StreamName: 'prov', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    let s = (await client.send(new DescribeStreamSummaryCommand({ StreamName: 'prov' }))).StreamDescriptionSummary!;
    expect(s).toMatchObject({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    await client.send(new StopStreamEncryptionCommand({ StreamName: 'prov', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    s = (await client.send(new DescribeStreamSummaryCommand({ StreamName: 'prov' }))).StreamDescriptionSummary!;
    expect(s.EncryptionType).toBe('NONE');
  });

  it('Enable/DisableEnhancedMonitoring', async () => {
    const on = await client.send(new EnableEnhancedMonitoringCommand({ StreamName: 'prov', ShardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'] }));
    expect(on.DesiredShardLevelMetrics).toEqual(expect.arrayContaining(['IncomingBytes', 'OutgoingBytes']));
    const off = await client.send(new DisableEnhancedMonitoringCommand({ StreamName: 'prov', ShardLevelMetrics: ['IncomingBytes'] }));
    expect(off.DesiredShardLevelMetrics).toEqual(['OutgoingBytes']);
  });

  it('consumers: register, describe (by ARN and by name), list (+ paginator), deregister', async () => {
    const reg = await client.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'c1' }));
    expect(reg.Consumer!.ConsumerName).toBe('c1');
    expect(reg.Consumer!.ConsumerCreationTimestamp).toBeInstanceOf(Date);
    await client.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'c2' }));
    // moto's consumer ARNs lack the documented ":<creation epoch>" suffix, so the ARN it gave
    // is sent without client-side validation.
    const loose = new KinesisClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'AKIDMOTO', secretAccessKey: 'moto-secret' }, validation: false });
    const byArn = await loose.send(new DescribeStreamConsumerCommand({ ConsumerARN: reg.Consumer!.ConsumerARN }));
    expect(byArn.ConsumerDescription).toMatchObject({ ConsumerName: 'c1', StreamARN: arn });
    const byName = await client.send(new DescribeStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'c1' }));
    expect(byName.ConsumerDescription!.ConsumerARN).toBe(reg.Consumer!.ConsumerARN);
    const list = await client.send(new ListStreamConsumersCommand({ StreamARN: arn }));
    expect(list.Consumers!.map((c) => c.ConsumerName).sort()).toEqual(['c1', 'c2']);
    const names: string[] = [];
    for await (const p of paginateListStreamConsumers({ client }, { StreamARN: arn })) names.push(...p.Consumers!.map((c) => c.ConsumerName));
    expect(names.sort()).toEqual(['c1', 'c2']);
    // moto deregisters by ConsumerARN only (by StreamARN and ConsumerName it answers 200 and keeps it).
    const c2 = list.Consumers!.find((c) => c.ConsumerName === 'c2')!;
    await loose.send(new DeregisterStreamConsumerCommand({ ConsumerARN: c2.ConsumerARN }));
    const left = (await client.send(new ListStreamConsumersCommand({ StreamARN: arn }))).Consumers!;
    expect(left.filter((c) => c.ConsumerName === 'c2' && c.ConsumerStatus !== 'DELETING')).toEqual([]);
  });

  it('resource policies: put, get, delete', async () => {
    const Policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kinesis:GetRecords', Resource: arn }] });
    await client.send(new PutResourcePolicyCommand({ ResourceARN: arn, Policy }));
    expect(JSON.parse((await client.send(new GetResourcePolicyCommand({ ResourceARN: arn }))).Policy!)).toEqual(JSON.parse(Policy));
    await client.send(new DeleteResourcePolicyCommand({ ResourceARN: arn }));
    const after = await client.send(new GetResourcePolicyCommand({ ResourceARN: arn })).catch((e: unknown) => e);
    // After a delete, the service answers "{}" (moto) or ResourceNotFoundException.
    if (after instanceof Error) expect(after.name).toBe('ResourceNotFoundException');
    else expect(JSON.parse((after as { Policy?: string }).Policy ?? '{}')).toEqual({});
  });

  it('DescribeLimits', async () => {
    const out = await client.send(new DescribeLimitsCommand({}));
    expect(out.ShardLimit).toBeGreaterThan(0);
    expect(out.OpenShardCount).toEqual(expect.any(Number));
    expect(typeof out.OnDemandStreamCountLimit).toBe('number');
  });
});
