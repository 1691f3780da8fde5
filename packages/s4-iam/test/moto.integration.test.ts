// IAMClient against moto's IAM (managed policies loaded): paging over the ~1000+ AWS
// managed policies, a policy and its default version, attach/detach on a user and a group,
// and typed errors. moto is started here and stopped at the end (peers.md).
import { startMoto, type Peer } from '@skiff/testkit';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommand, defineOperation } from '@skiff/core';
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
  NoSuchEntity,
  paginateListAttachedGroupPolicies,
  paginateListAttachedUserPolicies,
  paginateListPolicies,
  type Policy,
} from '../src/index.js';

// Test-only operations: moto needs a user and a group to attach to; S4's IAM subset (and
// so this package's API) has no CreateUser/CreateGroup.
const CreateUserCommand = createCommand(defineOperation<{ UserName: string }, { User?: { UserName?: string; Arn?: string } }>({ name: 'CreateUser', input: () => z.object({ UserName: z.string() }) }));
const CreateGroupCommand = createCommand(defineOperation<{ GroupName: string }, { Group?: { GroupName?: string; Arn?: string } }>({ name: 'CreateGroup', input: () => z.object({ GroupName: z.string() }) }));

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const IAM_READ = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

let moto: Peer;
let client: IAMClient;

beforeAll(async () => {
  moto = await startMoto();
  client = new IAMClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'AKIDMOTO', secretAccessKey: 'moto-secret' } });
});

// moto answers a page of 100 policies in about 0.1 s; a full walk takes seconds.
const WALK_MS = 120_000;

afterAll(async () => {
  client?.destroy();
  await moto?.stop();
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const arns = (pages: Array<{ Policies?: Policy[] }>) => pages.flatMap((p) => (p.Policies ?? []).map((x) => x.Arn!));

describe('ListPolicies against moto', () => {
  let all: string[];

  it('lists every managed policy across pages of 100', async () => {
    const pages = await collect(paginateListPolicies({ client, pageSize: 100 }, {}));
    all = arns(pages);
    expect(all.length).toBeGreaterThan(1000);
    expect(new Set(all).size).toBe(all.length);
    expect(pages.every((p) => (p.Policies?.length ?? 0) <= 100)).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(all.length / 100));
    expect(all).toContain(ADMIN);
    expect(all).toContain(IAM_READ);
    const p = pages[0]!.Policies![0]!;
    expect(p.CreateDate).toBeInstanceOf(Date);
    expect(p.IsAttachable).toBe(true);
    expect(typeof p.AttachmentCount).toBe('number');
  }, WALK_MS);

  it('the same policies, in the same order, with pages of 1000', async () => {
    const big = arns(await collect(paginateListPolicies({ client, pageSize: 1000 }, {})));
    expect(big).toEqual(all);
  }, WALK_MS);

  it('maxItems stops the run; the resume token continues with no gap and no repeat', async () => {
    const first = await collect(paginateListPolicies({ client, pageSize: 100, maxItems: 250 }, {}));
    expect(arns(first)).toEqual(all.slice(0, 250));
    const token = first.at(-1)!.resumeToken!;
    expect(token).toBeTypeOf('string');
    const second = await collect(paginateListPolicies({ client, pageSize: 100, maxItems: 130, startingToken: token }, {}));
    expect(arns(second)).toEqual(all.slice(250, 380));
    const rest = await collect(paginateListPolicies({ client, pageSize: 1000, startingToken: second.at(-1)!.resumeToken }, {}));
    expect(arns(rest)).toEqual(all.slice(380));
  }, WALK_MS);

  it('one page by hand: MaxItems, IsTruncated and Marker', async () => {
    const out = await client.send(new ListPoliciesCommand({ MaxItems: 3 }));
    expect(out.Policies?.map((p) => p.Arn)).toEqual(all.slice(0, 3));
    expect(out.IsTruncated).toBe(true);
    expect(out.Marker).toBe('3');
    const next = await client.send(new ListPoliciesCommand({ MaxItems: 2, Marker: out.Marker }));
    expect(next.Policies?.map((p) => p.Arn)).toEqual(all.slice(3, 5));
    expect(next.$metadata.httpStatusCode).toBe(200);
  });
});

describe('GetPolicy and GetPolicyVersion against moto', () => {
  it('gets a policy and its default version, the document as JSON text', async () => {
    const { Policy: policy } = await client.send(new GetPolicyCommand({ PolicyArn: IAM_READ }));
    expect(policy?.Arn).toBe(IAM_READ);
    expect(policy?.PolicyName).toBe('IAMReadOnlyAccess');
    expect(policy?.DefaultVersionId).toMatch(/^v\d+$/);
    expect(policy?.CreateDate).toBeInstanceOf(Date);
    expect(policy?.UpdateDate).toBeInstanceOf(Date);

    const { PolicyVersion: version } = await client.send(new GetPolicyVersionCommand({ PolicyArn: IAM_READ, VersionId: policy!.DefaultVersionId! }));
    expect(version?.VersionId).toBe(policy?.DefaultVersionId);
    expect(version?.IsDefaultVersion).toBe(true);
    expect(version?.CreateDate).toBeInstanceOf(Date);
    const doc = JSON.parse(version!.Document!) as { Version: string; Statement: Array<{ Effect: string; Action: string[] }> };
    expect(doc.Version).toBe('2012-10-17');
    expect(doc.Statement[0]!.Effect).toBe('Allow');
    expect(doc.Statement[0]!.Action).toContain('iam:Get*');
  });
});

describe('attach and detach against moto', () => {
  const user = `skiff-user-${process.pid}`;
  const group = `skiff-group-${process.pid}`;

  beforeAll(async () => {
    expect((await client.send(new CreateUserCommand({ UserName: user }))).User?.UserName).toBe(user);
    expect((await client.send(new CreateGroupCommand({ GroupName: group }))).Group?.GroupName).toBe(group);
  });

  it('a user: attach two, see both, detach one, see the other', async () => {
    expect((await client.send(new ListAttachedUserPoliciesCommand({ UserName: user }))).AttachedPolicies).toEqual([]);
    const attached = await client.send(new AttachUserPolicyCommand({ UserName: user, PolicyArn: IAM_READ }));
    expect(attached.$metadata.httpStatusCode).toBe(200);
    await client.send(new AttachUserPolicyCommand({ UserName: user, PolicyArn: S3_READ }));

    const listed = await client.send(new ListAttachedUserPoliciesCommand({ UserName: user }));
    expect(listed.IsTruncated).toBe(false);
    expect(listed.AttachedPolicies?.map((p) => p.PolicyArn).sort()).toEqual([S3_READ, IAM_READ].sort());
    expect(listed.AttachedPolicies?.find((p) => p.PolicyArn === IAM_READ)?.PolicyName).toBe('IAMReadOnlyAccess');

    // One item a page, through the paginator.
    const pages = await collect(paginateListAttachedUserPolicies({ client, pageSize: 1 }, { UserName: user }));
    expect(pages.flatMap((p) => p.AttachedPolicies ?? []).map((p) => p.PolicyArn).sort()).toEqual([S3_READ, IAM_READ].sort());
    expect(pages.length).toBeGreaterThanOrEqual(2);

    const { Policy: afterAttach } = await client.send(new GetPolicyCommand({ PolicyArn: IAM_READ }));
    expect(afterAttach?.AttachmentCount).toBeGreaterThanOrEqual(1);

    await client.send(new DetachUserPolicyCommand({ UserName: user, PolicyArn: IAM_READ }));
    const after = await client.send(new ListAttachedUserPoliciesCommand({ UserName: user }));
    expect(after.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual([S3_READ]);
  });

  it('a group: attach, see it, detach, gone', async () => {
    await client.send(new AttachGroupPolicyCommand({ GroupName: group, PolicyArn: ADMIN }));
    const listed = await client.send(new ListAttachedGroupPoliciesCommand({ GroupName: group }));
    expect(listed.AttachedPolicies).toEqual([{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN }]);
    const pages = await collect(paginateListAttachedGroupPolicies({ client, pageSize: 10 }, { GroupName: group }));
    expect(pages.flatMap((p) => p.AttachedPolicies ?? [])).toEqual([{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN }]);

    await client.send(new DetachGroupPolicyCommand({ GroupName: group, PolicyArn: ADMIN }));
    expect((await client.send(new ListAttachedGroupPoliciesCommand({ GroupName: group }))).AttachedPolicies).toEqual([]);
  });
});

describe('typed errors from moto', () => {
  const expectNoSuchEntity = async (p: Promise<unknown>, status: number) => {
    const err = await p.then(
      () => new Error('expected NoSuchEntity, got a success'),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NoSuchEntity);
    expect((err as InstanceType<typeof NoSuchEntity>).name).toBe('NoSuchEntity');
    expect((err as InstanceType<typeof NoSuchEntity>).$fault).toBe('client');
    expect((err as InstanceType<typeof NoSuchEntity>).$metadata).toMatchObject({ httpStatusCode: status, attempts: 1 });
    expect((err as InstanceType<typeof NoSuchEntity>).$metadata.requestId).toBeTruthy();
  };

  it('NoSuchEntity for a missing policy', async () => {
    await expectNoSuchEntity(client.send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/NoSuchSkiffPolicy' })), 404);
  });

  it('NoSuchEntity for a missing policy version', async () => {
    await expectNoSuchEntity(client.send(new GetPolicyVersionCommand({ PolicyArn: IAM_READ, VersionId: 'v999' })), 404);
  });

  it('NoSuchEntity for a missing user and a missing group', async () => {
    await expectNoSuchEntity(client.send(new ListAttachedUserPoliciesCommand({ UserName: 'no-such-skiff-user' })), 404);
    await expectNoSuchEntity(client.send(new AttachUserPolicyCommand({ UserName: 'no-such-skiff-user', PolicyArn: IAM_READ })), 404);
    await expectNoSuchEntity(client.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'no-such-skiff-group' })), 404);
  });
});
