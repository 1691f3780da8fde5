// Canned answers (the S4 document's examples, section 3, and moto's forms) → typed outputs.
import { describe, expect, it } from 'vitest';
import {
  AttachUserPolicyCommand,
  decodePolicyDocument,
  DetachUserPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListPoliciesCommand,
  type GetPolicyOutput,
  type MetadataBearer,
} from '../src/index.js';
import { ARN, capturingClient, xmlResponse } from './helpers.js';

const NS = 'xmlns="https://iam.amazonaws.com/doc/2010-05-08/"';

async function answer<O>(xml: string, command: { input: unknown }): Promise<O> {
  const { client } = capturingClient(xmlResponse(xml));
  return client.send(command as never) as Promise<O>;
}

describe('outputs', () => {
  it('GetPolicy (the document example): dates, numbers, booleans, request id', async () => {
    const out = await answer<GetPolicyOutput & MetadataBearer>(
      `<?xml version="1.0" encoding="UTF-8"?>
<GetPolicyResponse ${NS}>
<GetPolicyResult>
<Policy>
<Arn>arn:aws:iam::aws:policy/AdministratorAccess</Arn>
<AttachmentCount>0</AttachmentCount>
<CreateDate>2022-07-29T20:05:50.000Z</CreateDate>
<UpdateDate>2022-07-29T20:05:50.000Z</UpdateDate>
<PolicyId>ADMINISTRATORACCESS</PolicyId>
<PolicyName>AdministratorAccess</PolicyName>
<DefaultVersionId>v1</DefaultVersionId>
<Path>/</Path>
<IsAttachable>true</IsAttachable>
<Description></Description>
</Policy>
</GetPolicyResult>
<ResponseMetadata>
<RequestId>0000000000000003</RequestId>
</ResponseMetadata>
</GetPolicyResponse>`,
      new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
    );
    expect(out.Policy).toEqual({
      Arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      AttachmentCount: 0,
      CreateDate: new Date('2022-07-29T20:05:50.000Z'),
      UpdateDate: new Date('2022-07-29T20:05:50.000Z'),
      PolicyId: 'ADMINISTRATORACCESS',
      PolicyName: 'AdministratorAccess',
      DefaultVersionId: 'v1',
      Path: '/',
      IsAttachable: true,
      Description: '',
    });
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: '0000000000000003', attempts: 1 });
  });

  it('GetPolicyVersion (the document example): the URL-encoded Document comes out as JSON text', async () => {
    const out = await answer<{ PolicyVersion?: { Document?: string; IsDefaultVersion?: boolean; VersionId?: string; CreateDate?: Date } }>(
      `<?xml version="1.0" encoding="UTF-8"?>
<GetPolicyVersionResponse ${NS}>
<GetPolicyVersionResult>
<PolicyVersion>
<Document>
%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22%2A%22%2C%22Resource%22%3A%22%2A%22%7D%7D
</Document>
<IsDefaultVersion>true</IsDefaultVersion>
<VersionId>v1</VersionId>
<CreateDate>2022-07-29T20:05:50.000Z</CreateDate>
</PolicyVersion>
</GetPolicyVersionResult>
<ResponseMetadata>
<RequestId>0000000000000017</RequestId>
</ResponseMetadata>
</GetPolicyVersionResponse>`,
      new GetPolicyVersionCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', VersionId: 'v1' }),
    );
    expect(out.PolicyVersion).toEqual({
      Document: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
      IsDefaultVersion: true,
      VersionId: 'v1',
      CreateDate: new Date('2022-07-29T20:05:50.000Z'),
    });
    expect(JSON.parse(out.PolicyVersion!.Document!)).toEqual({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } });
  });

  it('decodePolicyDocument: encoded, already-decoded (moto), and not decodable text', () => {
    const json = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::b/100%"}]}';
    expect(decodePolicyDocument(encodeURIComponent(json))).toBe(json);
    expect(decodePolicyDocument(`\n  ${encodeURIComponent(json)}\n`)).toBe(json);
    expect(decodePolicyDocument(json)).toBe(json);
    expect(decodePolicyDocument('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodePolicyDocument(undefined)).toBeUndefined();
  });

  it('ListPolicies: one member is still a list; paging members typed', async () => {
    const out = await answer<{ Policies?: unknown[]; IsTruncated?: boolean; Marker?: string }>(
      `<ListPoliciesResponse ${NS}><ListPoliciesResult><IsTruncated>true</IsTruncated><Marker>1</Marker><Policies><member>
<Arn>arn:aws:iam::aws:policy/FullAccess</Arn><AttachmentCount>2</AttachmentCount><CreateDate>2017-05-15T02:57:50.000Z</CreateDate><UpdateDate>2017-05-15T02:57:50.000Z</UpdateDate>
<PolicyId>FULLACCESS</PolicyId><PolicyName>FullAccess</PolicyName><DefaultVersionId>v1</DefaultVersionId><Path>/</Path><IsAttachable>true</IsAttachable><Tags/>
</member></Policies></ListPoliciesResult><ResponseMetadata><RequestId>0000000000000001</RequestId></ResponseMetadata></ListPoliciesResponse>`,
      new ListPoliciesCommand({ MaxItems: 1 }),
    );
    expect(out.IsTruncated).toBe(true);
    expect(out.Marker).toBe('1');
    expect(out.Policies).toEqual([
      {
        Arn: 'arn:aws:iam::aws:policy/FullAccess',
        AttachmentCount: 2,
        CreateDate: new Date('2017-05-15T02:57:50.000Z'),
        UpdateDate: new Date('2017-05-15T02:57:50.000Z'),
        PolicyId: 'FULLACCESS',
        PolicyName: 'FullAccess',
        DefaultVersionId: 'v1',
        Path: '/',
        IsAttachable: true,
        Tags: [],
      },
    ]);
  });

  it('ListPolicies: an empty list is []', async () => {
    const out = await answer<{ Policies?: unknown[]; IsTruncated?: boolean }>(`<ListPoliciesResponse ${NS}><ListPoliciesResult><IsTruncated>false</IsTruncated><Policies/></ListPoliciesResult></ListPoliciesResponse>`, new ListPoliciesCommand({}));
    expect(out).toEqual({ Policies: [], IsTruncated: false, $metadata: expect.anything() });
  });

  it('ListAttachedUserPolicies (the document example, whose result element names the group action)', async () => {
    const out = await answer<{ AttachedPolicies?: unknown[]; IsTruncated?: boolean }>(
      `<ListAttachedUserPoliciesResponse ${NS}>
<ListAttachedGroupPoliciesResult>
<AttachedPolicies>
<member>
<PolicyName>FullAccess</PolicyName>
<PolicyArn>arn:aws:iam::aws:policy/FullAccess</PolicyArn>
</member>
</AttachedPolicies>
<IsTruncated>false</IsTruncated>
</ListAttachedGroupPoliciesResult>
<ResponseMetadata>
<RequestId>0000000000000001</RequestId>
</ResponseMetadata>
</ListAttachedUserPoliciesResponse>`,
      new ListAttachedUserPoliciesCommand({ UserName: 'alice' }),
    );
    expect(out.AttachedPolicies).toEqual([{ PolicyName: 'FullAccess', PolicyArn: 'arn:aws:iam::aws:policy/FullAccess' }]);
    expect(out.IsTruncated).toBe(false);
  });

  it('ListAttachedGroupPolicies: several members', async () => {
    const m = (n: string) => `<member><PolicyName>${n}</PolicyName><PolicyArn>arn:aws:iam::aws:policy/${n}</PolicyArn></member>`;
    const out = await answer<{ AttachedPolicies?: unknown[]; IsTruncated?: boolean; Marker?: string }>(
      `<ListAttachedGroupPoliciesResponse ${NS}><ListAttachedGroupPoliciesResult><AttachedPolicies>${m('A')}${m('B')}</AttachedPolicies><IsTruncated>true</IsTruncated><Marker>2</Marker></ListAttachedGroupPoliciesResult></ListAttachedGroupPoliciesResponse>`,
      new ListAttachedGroupPoliciesCommand({ GroupName: 'ops', MaxItems: 2 }),
    );
    expect(out.AttachedPolicies).toEqual([
      { PolicyName: 'A', PolicyArn: 'arn:aws:iam::aws:policy/A' },
      { PolicyName: 'B', PolicyArn: 'arn:aws:iam::aws:policy/B' },
    ]);
    expect(out.Marker).toBe('2');
  });

  it('Attach (the document example): only metadata', async () => {
    const out = await answer<Record<string, unknown>>(
      `<AttachUserPolicyResponse ${NS}>
<ResponseMetadata>
<RequestId>0000000000000001</RequestId>
</ResponseMetadata>
</AttachUserPolicyResponse>`,
      new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN }),
    );
    expect(out).toEqual({ $metadata: { httpStatusCode: 200, requestId: '0000000000000001', attempts: 1, totalRetryDelay: 0 } });
  });

  it('Detach (the document example, with its mis-cased closing tag) still succeeds', async () => {
    const out = await answer<Record<string, unknown>>(
      `<DetachUserPolicyResponse ${NS}>
<ResponseMetadata>
<RequestId>0000000000000001</RequestId>
</ResponseMetadata>
</detachUserPolicyResponse>`,
      new DetachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN }),
    );
    // Nothing is read from a body this action does not need: the 200 is the answer.
    expect(out).toEqual({ $metadata: { httpStatusCode: 200, requestId: undefined, attempts: 1, totalRetryDelay: 0 } });
  });
});
