// The operations neither kinesalite nor moto serves (TagResource, UntagResource,
// ListTagsForResource, UpdateMaxRecordSize), and a few others of today's API, checked against
// botocore's own serializer: botocore (installed with moto) builds each request from its
// kinesis service-2.json, and KinesisClient must send the same target, content type and body.
import { findMotoPython } from '@skiff/testkit';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as kinesis from '../src/index.js';
import { captured, dec, type AnyCommand } from './helpers.js';

const ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/s1';
const cases: Array<[string, Record<string, unknown>]> = [
  ['TagResource', { ResourceARN: ARN, Tags: { team: 'data', empty: '' } }],
  ['UntagResource', { ResourceARN: ARN, TagKeys: ['team'] }],
  ['ListTagsForResource', { ResourceARN: `${ARN}/consumer/c1:1700000000` }],
  ['UpdateMaxRecordSize', { StreamARN: ARN, MaxRecordSizeInKiB: 10_240 }],
  ['PutRecords', { StreamARN: ARN, Records: [{ PartitionKey: 'k', Data: 'aGVsbG8=', ExplicitHashKey: '42' }] }],
  ['ListShards', { StreamARN: ARN, MaxResults: 5, ShardFilter: { Type: 'AT_TIMESTAMP', Timestamp: 1_700_000_000 } }],
  // Whole seconds: botocore's serializer truncates a timestamp to them; Skiff sends a Date's
  // milliseconds as a fraction (as the v3 SDK does), which the service accepts.
  ['GetShardIterator', { StreamARN: ARN, ShardId: 'shardId-000000000001', ShardIteratorType: 'AT_TIMESTAMP', Timestamp: 1_700_000_000 }],
  ['CreateStream', { StreamName: 's1', StreamModeDetails: { StreamMode: 'ON_DEMAND' }, Tags: { a: 'b' }, MaxRecordSizeInKiB: 2048 }],
  ['UpdateStreamMode', { StreamARN: ARN, StreamModeDetails: { StreamMode: 'PROVISIONED' } }],
  ['StartStreamEncryption', { StreamARN: ARN, EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }],
  ['RegisterStreamConsumer', { StreamARN: ARN, ConsumerName: 'c1' }],
];

// botocore's JSON serializer takes blobs as bytes and timestamps as datetimes.
const SCRIPT = `
import json, sys, datetime, base64, botocore.session
from botocore.serialize import create_serializer
model = botocore.session.get_session().get_service_model('kinesis')
out = []
for name, params in json.loads(sys.stdin.read()):
    if name == 'PutRecords':
        for r in params['Records']: r['Data'] = base64.b64decode(r['Data'])
    for holder in (params, params.get('ShardFilter') or {}):
        if 'Timestamp' in holder: holder['Timestamp'] = datetime.datetime.fromtimestamp(holder['Timestamp'], datetime.timezone.utc)
    req = create_serializer('json').serialize_to_request(params, model.operation_model(name))
    body = req['body'].decode() if isinstance(req['body'], bytes) else req['body']
    out.append({'target': req['headers']['X-Amz-Target'], 'contentType': req['headers']['Content-Type'], 'body': json.loads(body)})
print(json.dumps(out))
`;

function botocoreRequests() {
  const py = findMotoPython();
  if (!py) throw new Error('botocore (installed with moto) is needed for this suite');
  const r = spawnSync(py, ['-c', SCRIPT], { input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Array<{ target: string; contentType: string; body: unknown }>;
}

function toSkiff(name: string, params: Record<string, unknown>): Record<string, unknown> {
  const p = structuredClone(params) as Record<string, any>;
  if (name === 'PutRecords') for (const r of p.Records) r.Data = Uint8Array.from(Buffer.from(r.Data as string, 'base64'));
  for (const holder of [p, p.ShardFilter ?? {}]) if (typeof holder.Timestamp === 'number') holder.Timestamp = new Date(holder.Timestamp * 1000);
  return p;
}

describe('today\'s operations serialize as botocore does', () => {
  const expected = botocoreRequests();
  it.each(cases.map((c, i) => [c[0], c[1], i] as const))('%s', async (name, params, i) => {
    const { cap, client } = captured();
    const Cmd = (kinesis as unknown as Record<string, new (input: unknown) => AnyCommand>)[`${name}Command`]!;
    await client.send(new Cmd(toSkiff(name, params)));
    const req = cap.last!;
    const want = expected[i]!;
    expect(req.headers['x-amz-target']).toBe(want.target);
    expect(req.headers['content-type']).toBe(want.contentType);
    expect(JSON.parse(dec(req.body))).toEqual(want.body);
  });
});
