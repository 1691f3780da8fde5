// Input → the HTTP request the client sends; canned response → output or typed error.
import { describe, expect, it } from 'vitest';
import * as kinesis from '../src/index.js';
import {
  CreateStreamCommand, DeleteStreamCommand, DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, ListStreamsCommand,
  MergeShardsCommand, PutRecordCommand, SplitShardCommand,
} from '../src/index.js';
import { captured, dec, json, type AnyCommand } from './helpers.js';

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

describe('requests', () => {
  const table: Array<[string, AnyCommand, unknown]> = [
    ['CreateStream', new CreateStreamCommand({ StreamName: 's', ShardCount: 3 }), { StreamName: 's', ShardCount: 3 }],
    ['DeleteStream', new DeleteStreamCommand({ StreamName: 's' }), { StreamName: 's' }],
    ['DescribeStream', new DescribeStreamCommand({ StreamName: 's', Limit: 5, ExclusiveStartShardId: 'shardId-000000000001' }), { StreamName: 's', Limit: 5, ExclusiveStartShardId: 'shardId-000000000001' }],
    ['GetRecords', new GetRecordsCommand({ ShardIterator: 'AAAA', Limit: 2 }), { ShardIterator: 'AAAA', Limit: 2 }],
    ['GetShardIterator', new GetShardIteratorCommand({ StreamName: 's', ShardId: 'shardId-000000000001', ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: '123' }), { StreamName: 's', ShardId: 'shardId-000000000001', ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: '123' }],
    ['ListStreams', new ListStreamsCommand({ Limit: 3, ExclusiveStartStreamName: 'a' }), { Limit: 3, ExclusiveStartStreamName: 'a' }],
    ['MergeShards', new MergeShardsCommand({ StreamName: 's', ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000001' }), { StreamName: 's', ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000001' }],
    ['PutRecord', new PutRecordCommand({ StreamName: 's', PartitionKey: 'pk', Data: new Uint8Array([0, 1, 255]), ExplicitHashKey: '10', SequenceNumberForOrdering: '5' }), { StreamName: 's', PartitionKey: 'pk', Data: 'AAH/', ExplicitHashKey: '10', SequenceNumberForOrdering: '5' }],
    ['SplitShard', new SplitShardCommand({ StreamName: 's', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '10' }), { StreamName: 's', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '10' }],
  ];
  it.each(table)('%s: POST / with its X-Amz-Target and JSON body', async (op, command, body) => {
    const { cap, client } = captured();
    await client.send(command);
    const req = cap.last!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://kinesis.us-east-1.amazonaws.com/');
    expect(req.headers['x-amz-target']).toBe(`Kinesis_20131202.${op}`);
    expect(req.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(req.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/kinesis\/aws4_request, /);
    expect(JSON.parse(dec(req.body))).toEqual(body);
  });

  it('sends a string Data as base64 of its UTF-8 bytes, with or without validation', async () => {
    for (const validation of [true, false]) {
      const { cap, client } = captured(undefined, { validation });
      await client.send(new PutRecordCommand({ StreamName: 's', PartitionKey: 'k', Data: 'héllo ✓' }));
      expect(JSON.parse(dec(cap.last!.body)).Data).toBe(b64('héllo ✓'));
    }
  });

  it('takes the default endpoint from the region, and an endpoint override', async () => {
    const a = captured(undefined, { region: 'eu-west-1' });
    await a.client.send(new ListStreamsCommand({}));
    expect(a.cap.last!.url).toBe('https://kinesis.eu-west-1.amazonaws.com/');
    const b = captured(undefined, { endpoint: 'http://127.0.0.1:4567' });
    await b.client.send(new ListStreamsCommand({}));
    expect(b.cap.last!.url).toBe('http://127.0.0.1:4567/');
  });
});

describe('responses', () => {
  it('GetRecords: Data to Uint8Array, timestamps to Date, a null NextShardIterator kept absent-ish', async () => {
    const { client } = captured(json({
      Records: [{ Data: b64('one'), PartitionKey: 'p', SequenceNumber: '1', ApproximateArrivalTimestamp: 1700000000.5 }],
      NextShardIterator: null,
      MillisBehindLatest: 0,
    }));
    const out = await client.send(new GetRecordsCommand({ ShardIterator: 'AAAA' }));
    expect(out.Records![0]!.Data).toBeInstanceOf(Uint8Array);
    expect(dec(out.Records![0]!.Data)).toBe('one');
    expect(out.Records![0]!.ApproximateArrivalTimestamp).toEqual(new Date(1700000000500));
    expect(out.NextShardIterator ?? undefined).toBeUndefined();
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  it("DescribeStream: the document's example, leniently (unknown members and statuses pass)", async () => {
    const desc = {
      HasMoreShards: false,
      Shards: [{ HashKeyRange: { EndingHashKey: '113427455640312821154458202477256070484', StartingHashKey: '0' }, SequenceNumberRange: { StartingSequenceNumber: '21267647932558653966460912964485513216' }, ShardId: 'shardId-000000000000' }],
      StreamARN: 'arn:aws:kinesis:us-east-1:052958737983:exampleStreamName',
      StreamName: 'exampleStreamName',
      StreamStatus: 'SOMETHING_NEW',
      StreamCreationTimestamp: 1700000000,
      Extra: { a: 1 },
    };
    const { client } = captured(json({ StreamDescription: desc }, 200, { 'x-amzn-requestid': 'rid-1' }));
    const out = await client.send(new DescribeStreamCommand({ StreamName: 'exampleStreamName' }));
    expect(out.StreamDescription).toMatchObject({ ...desc, StreamCreationTimestamp: new Date(1700000000000) });
    expect(out.$metadata.requestId).toBe('rid-1');
  });

  it('empty bodies of CreateStream, DeleteStream, MergeShards, SplitShard parse to no members', async () => {
    const { client } = captured({ status: 200, headers: {}, body: new Uint8Array(0) });
    const out = await client.send(new DeleteStreamCommand({ StreamName: 's' }));
    expect(Object.keys(out)).toEqual(['$metadata']);
  });
});

describe('typed errors', () => {
  const codes: Array<[string, number, 'client' | 'server']> = [
    ['InvalidArgumentException', 400, 'client'], ['LimitExceededException', 400, 'client'], ['ResourceInUseException', 400, 'client'],
    ['ResourceNotFoundException', 400, 'client'], ['ExpiredIteratorException', 400, 'client'], ['ProvisionedThroughputExceededException', 400, 'client'],
    ['IncompleteSignature', 400, 'client'], ['InternalFailure', 500, 'server'], ['InvalidAction', 400, 'client'], ['InvalidClientTokenId', 403, 'client'],
    ['InvalidParameterCombination', 400, 'client'], ['InvalidParameterValue', 400, 'client'], ['InvalidQueryParameter', 400, 'client'],
    ['MalformedQueryString', 404, 'client'], ['MissingAction', 400, 'client'], ['MissingAuthenticationToken', 403, 'client'],
    ['MissingParameter', 400, 'client'], ['OptInRequired', 403, 'client'], ['RequestExpired', 400, 'client'], ['ServiceUnavailable', 503, 'server'],
    ['Throttling', 400, 'client'], ['ValidationError', 400, 'client'], ['ValidationException', 400, 'client'],
  ];
  it.each(codes)('%s arrives as its class', async (code, status, fault) => {
    const { cap, client } = captured(json({ __type: `Kinesis_20131202#${code}`, message: `it is ${code}` }, status, { 'x-amzn-requestid': 'rid-9' }), { maxAttempts: 1 });
    const err = await client.send(new GetRecordsCommand({ ShardIterator: 'AAAA' })).catch((e: unknown) => e);
    const Cls = (kinesis as unknown as Record<string, new (...a: never[]) => Error>)[code]!;
    expect(Cls).toBeTypeOf('function');
    expect(err).toBeInstanceOf(Cls);
    expect(err).toBeInstanceOf(kinesis.ServiceError);
    expect(kinesis.isServiceError(err, code)).toBe(true);
    expect(err).toMatchObject({ name: code, message: `it is ${code}`, $fault: fault, $metadata: { httpStatusCode: status, requestId: 'rid-9', attempts: 1 } });
    expect(cap.requests).toHaveLength(1);
  });

  it('retries ProvisionedThroughputExceededException with backoff, then succeeds', async () => {
    const { cap, client } = captured((_req, n) => (n < 3 ? json({ __type: 'ProvisionedThroughputExceededException', message: 'slow down' }, 400) : json({ ShardId: 'shardId-000000000000', SequenceNumber: '1' })), { retry: { throttlingBaseDelay: 5 } });
    const out = await client.send(new PutRecordCommand({ StreamName: 's', PartitionKey: 'k', Data: 'x' }));
    expect(out.ShardId).toBe('shardId-000000000000');
    expect(out.$metadata.attempts).toBe(3);
    expect(cap.requests).toHaveLength(3);
  });

  it('gives up on throttling after maxAttempts with the typed, retryable error', async () => {
    const { cap, client } = captured(json({ __type: 'ProvisionedThroughputExceededException', message: 'slow down' }, 400), { maxAttempts: 2, retry: { throttlingBaseDelay: 1 } });
    const err = await client.send(new GetRecordsCommand({ ShardIterator: 'AAAA' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(kinesis.ProvisionedThroughputExceededException);
    expect(err).toMatchObject({ $retryable: { throttling: true }, $metadata: { attempts: 2 } });
    expect(cap.requests).toHaveLength(2);
  });

  it('does not retry ResourceNotFoundException', async () => {
    const { cap, client } = captured(json({ __type: 'ResourceNotFoundException', message: 'Stream s not found' }, 400));
    await expect(client.send(new DescribeStreamCommand({ StreamName: 's' }))).rejects.toBeInstanceOf(kinesis.ResourceNotFoundException);
    expect(cap.requests).toHaveLength(1);
  });
});
