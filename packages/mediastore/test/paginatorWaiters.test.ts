// The paginator and waiters on canned responses: the states the local server cannot be
// made to show on demand (a repeated token, a DELETING container, an unexpected error).
import { describe, expect, it } from 'vitest';
import * as ms from '../src/index.js';
import { bodyOf, captured, json } from './helpers.js';

const container = (Status: string) => ({ Container: { Name: 'c', Status, CreationTime: 1700000000 } });
const fast = { minDelay: 0.001, maxDelay: 0.005 };

describe('paginateListContainers', () => {
  it('sends pageSize as MaxResults and each NextToken back', async () => {
    const { cap, client } = captured((_r, n) => json(200, { Containers: [{ Name: `c${n}` }], ...(n < 3 ? { NextToken: `t${n}` } : {}) }));
    const names: string[] = [];
    for await (const page of ms.paginateListContainers({ client, pageSize: 1 })) names.push(page.Containers![0]!.Name!);
    expect(names).toEqual(['c1', 'c2', 'c3']);
    expect(cap.requests.map((r) => bodyOf(r.body))).toEqual([{ MaxResults: 1 }, { MaxResults: 1, NextToken: 't1' }, { MaxResults: 1, NextToken: 't2' }]);
  });

  it('stops with PaginationError when the service repeats a token', async () => {
    const { cap, client } = captured(json(200, { Containers: [{ Name: 'c' }], NextToken: 'same' }));
    const run = async () => {
      for await (const _ of ms.paginateListContainers({ client, pageSize: 1 })) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(ms.PaginationError);
    expect(cap.requests.length).toBeLessThanOrEqual(3);
  });
});

describe('waitUntilContainerActive', () => {
  it('polls through not-found and CREATING to ACTIVE', async () => {
    const answers = [json(400, { __type: 'ContainerNotFoundException', Message: 'not yet' }), json(200, container('CREATING')), json(200, container('ACTIVE'))];
    const { cap, client } = captured((_r, n) => answers[n - 1]!);
    const res = await ms.waitUntilContainerActive({ client, maxWaitTime: 5, ...fast }, { ContainerName: 'c' });
    expect(res.state).toBe('SUCCESS');
    expect((res.reason as ms.DescribeContainerOutput).Container!.Status).toBe('ACTIVE');
    expect(cap.requests).toHaveLength(3);
    expect(cap.requests.every((r) => r.headers['x-amz-target'] === 'MediaStore_20170901.DescribeContainer')).toBe(true);
  });

  it('fails at once on DELETING: that container will never become active', async () => {
    const { cap, client } = captured(json(200, container('DELETING')));
    const err = await ms.waitUntilContainerActive({ client, maxWaitTime: 5, ...fast }, { ContainerName: 'c' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ms.WaiterError);
    expect((err as ms.WaiterError).state).toBe('FAILURE');
    expect(cap.requests).toHaveLength(1);
  });

  it('throws an unexpected error as it is', async () => {
    const { client } = captured(json(403, { __type: 'AccessDeniedException', Message: 'no' }));
    const err = await ms.waitUntilContainerActive({ client, maxWaitTime: 5, ...fast }, { ContainerName: 'c' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ms.AccessDeniedException);
  });
});

describe('waitUntilContainerNotExists', () => {
  it('polls through DELETING until ContainerNotFoundException', async () => {
    const answers = [json(200, container('ACTIVE')), json(200, container('DELETING')), json(400, { __type: 'ContainerNotFoundException', Message: 'gone' })];
    const { cap, client } = captured((_r, n) => answers[n - 1]!);
    const res = await ms.waitUntilContainerNotExists({ client, maxWaitTime: 5, ...fast }, { ContainerName: 'c' });
    expect(res.state).toBe('SUCCESS');
    expect(res.reason).toBeInstanceOf(ms.ContainerNotFoundException);
    expect(cap.requests).toHaveLength(3);
  });

  it('can be aborted', async () => {
    const { client } = captured(json(200, container('ACTIVE')));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    const err = await ms.waitUntilContainerNotExists({ client, maxWaitTime: 5, minDelay: 0.005, maxDelay: 0.01, abortSignal: ac.signal }, { ContainerName: 'c' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ms.WaiterError);
    expect((err as ms.WaiterError).state).toBe('ABORTED');
  });
});
