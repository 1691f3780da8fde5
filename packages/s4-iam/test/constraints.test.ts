// Every documented input constraint: a breaking input throws ParamValidationError naming
// the member, and nothing reaches the transport; the boundary values themselves are sent.
import { describe, expect, it } from 'vitest';
import {
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachUserPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListPoliciesCommand,
  ParamValidationError,
} from '../src/index.js';
import { ARN, capturingClient, formOf } from './helpers.js';

type AnyCommand = new (input: never) => { input: unknown };
const arnOf = (n: number) => 'arn:aws:iam::123456789012:policy/'.padEnd(n, 'p');

// [label, command, input, member, message]
const invalid: Array<[string, AnyCommand, Record<string, unknown>, string, RegExp]> = [
  // PolicyArn: required, 20..2048 (S4: ValidationError outside that range).
  ['GetPolicy PolicyArn missing', GetPolicyCommand, {}, 'PolicyArn', /^is required$/],
  ['GetPolicy PolicyArn 19 chars', GetPolicyCommand, { PolicyArn: 'arn:aws:iam::aws:po' }, 'PolicyArn', /^length must be at least 20$/],
  ['GetPolicy PolicyArn 2049 chars', GetPolicyCommand, { PolicyArn: arnOf(2049) }, 'PolicyArn', /^length must be at most 2048$/],
  ['GetPolicy PolicyArn not a string', GetPolicyCommand, { PolicyArn: 12345678901234567890 }, 'PolicyArn', /type string/],
  ['GetPolicyVersion PolicyArn 19 chars', GetPolicyVersionCommand, { PolicyArn: 'x'.repeat(19), VersionId: 'v1' }, 'PolicyArn', /at least 20/],
  ['AttachUserPolicy PolicyArn 2049 chars', AttachUserPolicyCommand, { UserName: 'u', PolicyArn: arnOf(2049) }, 'PolicyArn', /at most 2048/],
  ['AttachGroupPolicy PolicyArn missing', AttachGroupPolicyCommand, { GroupName: 'g' }, 'PolicyArn', /^is required$/],
  ['DetachUserPolicy PolicyArn 0 chars', DetachUserPolicyCommand, { UserName: 'u', PolicyArn: '' }, 'PolicyArn', /at least 20/],
  ['DetachGroupPolicy PolicyArn 19 chars', DetachGroupPolicyCommand, { GroupName: 'g', PolicyArn: 'y'.repeat(19) }, 'PolicyArn', /at least 20/],
  // VersionId: required, IAM's `v<N>` pattern.
  ['GetPolicyVersion VersionId missing', GetPolicyVersionCommand, { PolicyArn: ARN }, 'VersionId', /^is required$/],
  ['GetPolicyVersion VersionId "1"', GetPolicyVersionCommand, { PolicyArn: ARN, VersionId: '1' }, 'VersionId', /pattern/],
  ['GetPolicyVersion VersionId "v0"', GetPolicyVersionCommand, { PolicyArn: ARN, VersionId: 'v0' }, 'VersionId', /pattern/],
  ['GetPolicyVersion VersionId "V1"', GetPolicyVersionCommand, { PolicyArn: ARN, VersionId: 'V1' }, 'VersionId', /pattern/],
  // UserName: required, 1..64, [\w+=,.@-]+.
  ['ListAttachedUserPolicies UserName missing', ListAttachedUserPoliciesCommand, {}, 'UserName', /^is required$/],
  ['ListAttachedUserPolicies UserName empty', ListAttachedUserPoliciesCommand, { UserName: '' }, 'UserName', /at least 1/],
  ['AttachUserPolicy UserName 65 chars', AttachUserPolicyCommand, { UserName: 'u'.repeat(65), PolicyArn: ARN }, 'UserName', /^length must be at most 64$/],
  ['AttachUserPolicy UserName with a space', AttachUserPolicyCommand, { UserName: 'bad name', PolicyArn: ARN }, 'UserName', /pattern/],
  ['DetachUserPolicy UserName with a slash', DetachUserPolicyCommand, { UserName: 'a/b', PolicyArn: ARN }, 'UserName', /pattern/],
  ['DetachUserPolicy UserName non-ASCII', DetachUserPolicyCommand, { UserName: 'josé', PolicyArn: ARN }, 'UserName', /pattern/],
  // GroupName: required, 1..128, [\w+=,.@-]+.
  ['ListAttachedGroupPolicies GroupName missing', ListAttachedGroupPoliciesCommand, {}, 'GroupName', /^is required$/],
  ['ListAttachedGroupPolicies GroupName 129 chars', ListAttachedGroupPoliciesCommand, { GroupName: 'g'.repeat(129) }, 'GroupName', /^length must be at most 128$/],
  ['AttachGroupPolicy GroupName empty', AttachGroupPolicyCommand, { GroupName: '', PolicyArn: ARN }, 'GroupName', /at least 1/],
  ['DetachGroupPolicy GroupName with #', DetachGroupPolicyCommand, { GroupName: 'ops#1', PolicyArn: ARN }, 'GroupName', /pattern/],
  // Marker: an integer (S4: MalformedInput otherwise), 0..2^31-1, as a string.
  ['ListPolicies Marker empty', ListPoliciesCommand, { Marker: '' }, 'Marker', /at least 1/],
  ['ListPolicies Marker not an integer', ListPoliciesCommand, { Marker: 'abc' }, 'Marker', /pattern/],
  ['ListPolicies Marker negative', ListPoliciesCommand, { Marker: '-1' }, 'Marker', /pattern/],
  ['ListPolicies Marker fractional', ListPoliciesCommand, { Marker: '1.5' }, 'Marker', /pattern/],
  ['ListPolicies Marker out of range', ListPoliciesCommand, { Marker: '2147483648' }, 'Marker', /^must be an integer from 0 to 2147483647$/],
  ['ListPolicies Marker as a number', ListPoliciesCommand, { Marker: 5 }, 'Marker', /type string/],
  ['ListAttachedUserPolicies Marker not an integer', ListAttachedUserPoliciesCommand, { UserName: 'u', Marker: 'x1' }, 'Marker', /pattern/],
  ['ListAttachedGroupPolicies Marker out of range', ListAttachedGroupPoliciesCommand, { GroupName: 'g', Marker: '99999999999' }, 'Marker', /integer from 0/],
  // MaxItems: an integer, 1..1000.
  ['ListPolicies MaxItems 0', ListPoliciesCommand, { MaxItems: 0 }, 'MaxItems', /^must be at least 1$/],
  ['ListPolicies MaxItems 1001', ListPoliciesCommand, { MaxItems: 1001 }, 'MaxItems', /^must be at most 1000$/],
  ['ListPolicies MaxItems 2.5', ListPoliciesCommand, { MaxItems: 2.5 }, 'MaxItems', /integer/],
  ['ListPolicies MaxItems as a string', ListPoliciesCommand, { MaxItems: '10' }, 'MaxItems', /number|integer/],
  ['ListAttachedUserPolicies MaxItems 0', ListAttachedUserPoliciesCommand, { UserName: 'u', MaxItems: 0 }, 'MaxItems', /at least 1/],
  ['ListAttachedGroupPolicies MaxItems 1001', ListAttachedGroupPoliciesCommand, { GroupName: 'g', MaxItems: 1001 }, 'MaxItems', /at most 1000/],
  // Scope, OnlyAttached, PathPrefix, PolicyUsageFilter: S4 does not support them (it would list
  // everything), so only the value that asks for everything is accepted.
  ['ListPolicies Scope AWS', ListPoliciesCommand, { Scope: 'AWS' }, 'Scope', /^S4 does not support this member: it would be ignored, not applied \(give none, or "All"/],
  ['ListPolicies Scope Local', ListPoliciesCommand, { Scope: 'Local' }, 'Scope', /^S4 does not support this member/],
  ['ListPolicies Scope lower-case', ListPoliciesCommand, { Scope: 'all' }, 'Scope', /^S4 does not support this member/],
  ['ListPolicies OnlyAttached true', ListPoliciesCommand, { OnlyAttached: true }, 'OnlyAttached', /^S4 does not support this member.*give none, or false/],
  ['ListPolicies OnlyAttached as text', ListPoliciesCommand, { OnlyAttached: 'false' }, 'OnlyAttached', /^S4 does not support this member/],
  ['ListPolicies PolicyUsageFilter PermissionsPolicy', ListPoliciesCommand, { PolicyUsageFilter: 'PermissionsPolicy' }, 'PolicyUsageFilter', /^S4 does not support this member: it would be ignored, not applied$/],
  ['ListPolicies PolicyUsageFilter PermissionsBoundary', ListPoliciesCommand, { PolicyUsageFilter: 'PermissionsBoundary' }, 'PolicyUsageFilter', /^S4 does not support this member/],
  ['ListPolicies PathPrefix /team/', ListPoliciesCommand, { PathPrefix: '/team/' }, 'PathPrefix', /^S4 does not support this member.*give none, or "\/"/],
  ['ListPolicies PathPrefix empty', ListPoliciesCommand, { PathPrefix: '' }, 'PathPrefix', /^S4 does not support this member/],
  ['ListAttachedUserPolicies PathPrefix /a/', ListAttachedUserPoliciesCommand, { UserName: 'u', PathPrefix: '/a/' }, 'PathPrefix', /^S4 does not support this member/],
  ['ListAttachedGroupPolicies PathPrefix /a/', ListAttachedGroupPoliciesCommand, { GroupName: 'g', PathPrefix: '/a/' }, 'PathPrefix', /^S4 does not support this member/],
];

describe('client-side checks (ParamValidationError, nothing sent)', () => {
  it.each(invalid)('%s', async (_label, Cmd, input, member, message) => {
    const { cap, client } = capturingClient();
    const err = await client.send(new Cmd(input as never) as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParamValidationError);
    const e = err as ParamValidationError;
    expect(e.name).toBe('ParamValidationError');
    expect(e.$fault).toBe('client');
    expect(e.issues.length).toBeGreaterThan(0);
    expect(e.issues.every((i) => i.path === member)).toBe(true);
    expect(e.issues.some((i) => message.test(i.message))).toBe(true);
    expect(e.message).toContain(member);
    expect(cap.requests).toHaveLength(0);
  });

  it('reports every broken member at once', async () => {
    const { cap, client } = capturingClient();
    const err = (await client.send(new AttachUserPolicyCommand({ UserName: 'u'.repeat(65), PolicyArn: 'short' })).catch((e: unknown) => e)) as ParamValidationError;
    expect(err.issues).toEqual([
      { path: 'UserName', message: 'length must be at most 64' },
      { path: 'PolicyArn', message: 'length must be at least 20' },
    ]);
    expect(cap.requests).toHaveLength(0);
  });
});

// [label, command, input] at the edges of each constraint: accepted and sent as given.
const boundary: Array<[string, AnyCommand, Record<string, unknown>]> = [
  ['PolicyArn of 20 chars', GetPolicyCommand, { PolicyArn: arnOf(20).slice(0, 20) }],
  ['PolicyArn of 2048 chars', GetPolicyCommand, { PolicyArn: arnOf(2048) }],
  ['VersionId v1', GetPolicyVersionCommand, { PolicyArn: ARN, VersionId: 'v1' }],
  ['VersionId v12.rc-1', GetPolicyVersionCommand, { PolicyArn: ARN, VersionId: 'v12.rc-1' }],
  ['UserName of 64 chars with every allowed sign', AttachUserPolicyCommand, { UserName: `aZ0_+=,.@-${'u'.repeat(54)}`, PolicyArn: ARN }],
  ['UserName of 1 char', DetachUserPolicyCommand, { UserName: 'u', PolicyArn: ARN }],
  ['GroupName of 128 chars', AttachGroupPolicyCommand, { GroupName: 'g'.repeat(128), PolicyArn: ARN }],
  ['Marker 0 and MaxItems 1', ListPoliciesCommand, { Marker: '0', MaxItems: 1 }],
  ['Marker 2147483647 and MaxItems 1000', ListAttachedUserPoliciesCommand, { UserName: 'u', Marker: '2147483647', MaxItems: 1000 }],
  ['PathPrefix /', ListAttachedGroupPoliciesCommand, { GroupName: 'g', PathPrefix: '/' }],
  ['PathPrefix / on ListAttachedUserPolicies', ListAttachedUserPoliciesCommand, { UserName: 'u', PathPrefix: '/' }],
  // The filters S4 does not support, set to what S4 does (list everything), as AWS SDK code passes them.
  ['every ListPolicies filter at its "everything" value', ListPoliciesCommand, { Scope: 'All', OnlyAttached: false, PathPrefix: '/' }],
];

describe('boundary values are accepted', () => {
  it.each(boundary)('%s', async (_label, Cmd, input) => {
    const { cap, client } = capturingClient();
    await client.send(new Cmd(input as never) as never);
    expect(cap.requests).toHaveLength(1);
    const form = formOf(cap.requests[0]!);
    for (const [k, v] of Object.entries(input)) expect(form.get(k)).toBe(String(v));
  });
});

describe('validation: false', () => {
  it('sends an input the checks would refuse, so the service can judge it', async () => {
    const { cap, client } = capturingClient(undefined, { validation: false });
    await client.send(new ListPoliciesCommand({ MaxItems: 5000, Marker: 'opaque' }));
    expect(cap.requests).toHaveLength(1);
    expect(formOf(cap.requests[0]!).get('MaxItems')).toBe('5000');
    expect(formOf(cap.requests[0]!).get('Marker')).toBe('opaque');
  });
});
