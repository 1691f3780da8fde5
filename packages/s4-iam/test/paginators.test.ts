// The three paginators over a fake IAM that pages with integer Markers as S4 and moto do.
import type { Captured } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import {
  PaginationError,
  ParamValidationError,
  paginateListAttachedGroupPolicies,
  paginateListAttachedUserPolicies,
  paginateListPolicies,
  type AttachedPolicy,
  type Policy,
} from '../src/index.js';
import { capturingClient, formOf, xmlResponse } from './helpers.js';

const NAMES = Array.from({ length: 23 }, (_, i) => `Policy${String(i).padStart(2, '0')}`);

/** Answers ListPolicies / ListAttached*Policies from NAMES, `MaxItems` (default 100) at a time. */
function fakeIam(req: Captured) {
  const form = formOf(req);
  const action = form.get('Action')!;
  const start = Number(form.get('Marker') ?? 0);
  const max = Number(form.get('MaxItems') ?? 100);
  const page = NAMES.slice(start, start + max);
  const more = start + max < NAMES.length;
  const members =
    action === 'ListPolicies'
      ? page.map((n) => `<member><PolicyName>${n}</PolicyName><Arn>arn:aws:iam::aws:policy/${n}</Arn></member>`).join('')
      : page.map((n) => `<member><PolicyName>${n}</PolicyName><PolicyArn>arn:aws:iam::aws:policy/${n}</PolicyArn></member>`).join('');
  const list = action === 'ListPolicies' ? 'Policies' : 'AttachedPolicies';
  return xmlResponse(
    `<${action}Response><${action}Result><${list}>${members}</${list}><IsTruncated>${more}</IsTruncated>${more ? `<Marker>${start + max}</Marker>` : ''}</${action}Result></${action}Response>`,
  );
}

const namesOf = (pages: Array<{ Policies?: Policy[]; AttachedPolicies?: AttachedPolicy[] }>) => pages.flatMap((p) => (p.Policies ?? p.AttachedPolicies ?? []).map((x) => x.PolicyName));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('paginateListPolicies', () => {
  it('walks every page with MaxItems as the page size and the returned Marker', async () => {
    const { cap, client } = capturingClient(fakeIam);
    const pages = await collect(paginateListPolicies({ client, pageSize: 10 }, {}));
    expect(namesOf(pages)).toEqual(NAMES);
    expect(pages.map((p) => p.Policies?.length)).toEqual([10, 10, 3]);
    expect(cap.requests.map((r) => [formOf(r).get('Marker'), formOf(r).get('MaxItems')])).toEqual([
      [null, '10'],
      ['10', '10'],
      ['20', '10'],
    ]);
    expect(pages.at(-1)!.resumeToken).toBeUndefined();
  });

  it('without a page size, leaves MaxItems to the service', async () => {
    const { cap, client } = capturingClient(fakeIam);
    expect(namesOf(await collect(paginateListPolicies({ client }, {})))).toEqual(NAMES);
    expect(formOf(cap.requests[0]!).has('MaxItems')).toBe(false);
  });

  it('maxItems caps the run; the resume token continues exactly where it stopped', async () => {
    const { client } = capturingClient(fakeIam);
    const first = await collect(paginateListPolicies({ client, pageSize: 5, maxItems: 12 }, {}));
    expect(namesOf(first)).toEqual(NAMES.slice(0, 12));
    const token = first.at(-1)!.resumeToken;
    expect(token).toBeTypeOf('string');
    const rest = await collect(paginateListPolicies({ client, pageSize: 5, startingToken: token }, {}));
    expect(namesOf(rest)).toEqual(NAMES.slice(12));
  });

  it('a cap in the middle of a page resumes at the next item, not the next page', async () => {
    const { client } = capturingClient(fakeIam);
    const first = await collect(paginateListPolicies({ client, pageSize: 10, maxItems: 7 }, {}));
    expect(namesOf(first)).toEqual(NAMES.slice(0, 7));
    const second = await collect(paginateListPolicies({ client, pageSize: 10, maxItems: 6, startingToken: first.at(-1)!.resumeToken }, {}));
    expect(namesOf(second)).toEqual(NAMES.slice(7, 13));
    const rest = await collect(paginateListPolicies({ client, pageSize: 10, startingToken: second.at(-1)!.resumeToken }, {}));
    expect(namesOf(rest)).toEqual(NAMES.slice(13));
  });

  it('startingToken also takes a raw Marker from the service', async () => {
    const { cap, client } = capturingClient(fakeIam);
    const pages = await collect(paginateListPolicies({ client, pageSize: 10, startingToken: '20' }, {}));
    expect(namesOf(pages)).toEqual(NAMES.slice(20));
    expect(formOf(cap.requests[0]!).get('Marker')).toBe('20');
  });

  it('a service that repeats its Marker ends with PaginationError, not a loop', async () => {
    const { client } = capturingClient(() =>
      xmlResponse('<ListPoliciesResponse><ListPoliciesResult><Policies><member><PolicyName>P</PolicyName></member></Policies><IsTruncated>true</IsTruncated><Marker>1</Marker></ListPoliciesResult></ListPoliciesResponse>'),
    );
    await expect(collect(paginateListPolicies({ client }, {}))).rejects.toBeInstanceOf(PaginationError);
  });

  it('a page size beyond 1000 is refused before anything is sent', async () => {
    const { cap, client } = capturingClient(fakeIam);
    const err = await collect(paginateListPolicies({ client, pageSize: 1001 }, {})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParamValidationError);
    expect((err as ParamValidationError).issues).toEqual([{ path: 'MaxItems', message: 'must be at most 1000' }]);
    expect(cap.requests).toHaveLength(0);
  });
});

describe('paginateListAttached{User,Group}Policies', () => {
  it('sends the user name on every page', async () => {
    const { cap, client } = capturingClient(fakeIam);
    const pages = await collect(paginateListAttachedUserPolicies({ client, pageSize: 8, maxItems: 20 }, { UserName: 'alice' }));
    expect(namesOf(pages)).toEqual(NAMES.slice(0, 20));
    expect(cap.requests.map((r) => formOf(r).get('UserName'))).toEqual(['alice', 'alice', 'alice']);
    expect(cap.requests.map((r) => formOf(r).get('MaxItems'))).toEqual(['8', '8', '4']);
    const rest = await collect(paginateListAttachedUserPolicies({ client, startingToken: pages.at(-1)!.resumeToken }, { UserName: 'alice' }));
    expect(namesOf(rest)).toEqual(NAMES.slice(20));
  });

  it('sends the group name on every page', async () => {
    const { cap, client } = capturingClient(fakeIam);
    const pages = await collect(paginateListAttachedGroupPolicies({ client, pageSize: 20 }, { GroupName: 'ops' }));
    expect(namesOf(pages)).toEqual(NAMES);
    expect(cap.requests.map((r) => [formOf(r).get('Action'), formOf(r).get('GroupName')])).toEqual([
      ['ListAttachedGroupPolicies', 'ops'],
      ['ListAttachedGroupPolicies', 'ops'],
    ]);
  });
});
