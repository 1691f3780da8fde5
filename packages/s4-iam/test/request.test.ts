// What each operation puts on the wire (Query: form POST to `/` with Action and Version),
// and which endpoint and signing region a configuration picks (seed-decisions.md, "S4
// region and endpoint").
import { describe, expect, it } from 'vitest';
import {
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachUserPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListPoliciesCommand,
  regionOfS4Endpoint,
} from '../src/index.js';
import { ARN, capturingClient, creds, emptyAnswer, formEntries } from './helpers.js';
import { captureTransport } from '@skiff/testkit';

const V = ['Version', '2010-05-08'] as const;

// [command, input (in a scrambled order), the form body botocore's member order gives]
const table: Array<[new (i: never) => unknown, Record<string, unknown>, Array<readonly [string, string]>]> = [
  [GetPolicyCommand, { PolicyArn: ARN }, [['Action', 'GetPolicy'], V, ['PolicyArn', ARN]]],
  [GetPolicyVersionCommand, { VersionId: 'v3', PolicyArn: ARN }, [['Action', 'GetPolicyVersion'], V, ['PolicyArn', ARN], ['VersionId', 'v3']]],
  [ListPoliciesCommand, {}, [['Action', 'ListPolicies'], V]],
  [
    ListPoliciesCommand,
    { MaxItems: 50, Marker: '100', PathPrefix: '/', OnlyAttached: false, Scope: 'All' },
    [['Action', 'ListPolicies'], V, ['Scope', 'All'], ['OnlyAttached', 'false'], ['PathPrefix', '/'], ['Marker', '100'], ['MaxItems', '50']],
  ],
  [ListAttachedUserPoliciesCommand, { MaxItems: 2, UserName: 'alice' }, [['Action', 'ListAttachedUserPolicies'], V, ['UserName', 'alice'], ['MaxItems', '2']]],
  [ListAttachedGroupPoliciesCommand, { Marker: '4', GroupName: 'ops', PathPrefix: '/' }, [['Action', 'ListAttachedGroupPolicies'], V, ['GroupName', 'ops'], ['PathPrefix', '/'], ['Marker', '4']]],
  [AttachUserPolicyCommand, { PolicyArn: ARN, UserName: 'a+b=c,d.e@f-g' }, [['Action', 'AttachUserPolicy'], V, ['UserName', 'a+b=c,d.e@f-g'], ['PolicyArn', ARN]]],
  [AttachGroupPolicyCommand, { PolicyArn: ARN, GroupName: 'ops' }, [['Action', 'AttachGroupPolicy'], V, ['GroupName', 'ops'], ['PolicyArn', ARN]]],
  [DetachUserPolicyCommand, { PolicyArn: ARN, UserName: 'alice' }, [['Action', 'DetachUserPolicy'], V, ['UserName', 'alice'], ['PolicyArn', ARN]]],
  [DetachGroupPolicyCommand, { PolicyArn: ARN, GroupName: 'ops' }, [['Action', 'DetachGroupPolicy'], V, ['GroupName', 'ops'], ['PolicyArn', ARN]]],
];

describe('Query serialization', () => {
  it.each(table.map(([C, i, f]) => [f[0]![1], C, i, f] as const))('%s', async (_name, Cmd, input, form) => {
    const { cap, client } = capturingClient();
    await client.send(new Cmd(input as never) as never);
    const req = cap.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://iam.eu-central-1.s4.mega.io/');
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(req.headers['content-length']).toBe(String(req.body.byteLength));
    expect(formEntries(req)).toEqual(form);
    expect(req.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/iam\/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/);
  });

  it('percent-encodes values as RFC 3986 (botocore and the AWS SDKs agree)', async () => {
    const { cap, client } = capturingClient();
    await client.send(new AttachUserPolicyCommand({ UserName: 'a+b=c,d.e@f-g', PolicyArn: 'arn:aws:iam::123456789012:policy/x y*~' }));
    expect(new TextDecoder().decode(cap.requests[0]!.body)).toBe(
      'Action=AttachUserPolicy&Version=2010-05-08&UserName=a%2Bb%3Dc%2Cd.e%40f-g&PolicyArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2Fx%20y%2A~',
    );
  });
});

async function sentTo(config: ConstructorParameters<typeof IAMClient>[0]) {
  const cap = captureTransport(emptyAnswer('GetPolicy'));
  const client = new IAMClient({ credentials: creds, transport: cap.transport, ...config });
  await client.send(new GetPolicyCommand({ PolicyArn: ARN }));
  const req = cap.requests[0]!;
  return { url: req.url, scope: /Credential=AKIDEXAMPLE\/\d{8}\/([^/]+)\/iam\/aws4_request/.exec(req.headers.authorization!)?.[1] };
}

describe('endpoint and signing region', () => {
  it.each(['eu-central-1', 'eu-central-2', 'ca-central-1', 'ca-west-1'])('region %s picks https://iam.%s.s4.mega.io', async (region) => {
    expect(await sentTo({ region })).toEqual({ url: `https://iam.${region}.s4.mega.io/`, scope: region });
  });

  it.each([
    ['https://iam.eu-central-2.s4.mega.io', 'eu-central-2'],
    ['https://iam.ca-west-1.s4.mega.io/', 'ca-west-1'],
    ['https://iam.g.s4.mega.io', 'eu-central-1'],
    ['https://IAM.CA-CENTRAL-1.S4.MEGA.IO:443', 'ca-central-1'],
  ])('given only the endpoint %s, signs for %s', async (endpoint, region) => {
    const { url, scope } = await sentTo({ endpoint });
    expect(scope).toBe(region);
    expect(new URL(url).host).toBe(new URL(endpoint).host.toLowerCase().replace(/:443$/, ''));
  });

  it('given both, region wins (as in the botocore vectors: us-west-2 against a mega.io host)', async () => {
    expect(await sentTo({ region: 'us-west-2', endpoint: 'https://iam.eu-central-1.s4.mega.io' })).toEqual({ url: 'https://iam.eu-central-1.s4.mega.io/', scope: 'us-west-2' });
  });

  it('region "g" is the global host, signed for eu-central-1', async () => {
    expect(await sentTo({ region: 'g' })).toEqual({ url: 'https://iam.g.s4.mega.io/', scope: 'eu-central-1' });
  });

  it('a custom endpoint keeps its scheme, port and base path', async () => {
    expect(await sentTo({ region: 'us-east-1', endpoint: 'http://127.0.0.1:5000/iam' })).toEqual({ url: 'http://127.0.0.1:5000/iam/', scope: 'us-east-1' });
  });

  it('a non-S4 endpoint with no region is an error before anything is sent', async () => {
    const prev = [process.env.AWS_REGION, process.env.AWS_DEFAULT_REGION];
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      await expect(sentTo({ endpoint: 'http://127.0.0.1:5000' })).rejects.toThrow(/region is required/);
    } finally {
      if (prev[0] !== undefined) process.env.AWS_REGION = prev[0];
      if (prev[1] !== undefined) process.env.AWS_DEFAULT_REGION = prev[1];
    }
  });

  it('regionOfS4Endpoint reads only S4 hosts', () => {
    expect(regionOfS4Endpoint('https://s3.ca-west-1.s4.mega.io')).toBe('ca-west-1');
    expect(regionOfS4Endpoint('https://eu-central-2.s4.mega.io')).toBe('eu-central-2');
    expect(regionOfS4Endpoint('https://g.s4.mega.io')).toBe('eu-central-1');
    expect(regionOfS4Endpoint('https://iam.s4.mega.io')).toBeUndefined();
    expect(regionOfS4Endpoint('https://iam.eu-central-1.s4.mega.io.evil.example')).toBeUndefined();
    expect(regionOfS4Endpoint('https://iam.us-east-1.amazonaws.com')).toBeUndefined();
    expect(regionOfS4Endpoint('not a url')).toBeUndefined();
  });
});
