import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createCommand, createPaginator, createWaiter, defineOperation, PaginationError, ParamValidationError, WaiterError, type Command } from '../src/index.js';

interface ListIn {
  Token?: string;
  Max?: number;
}
interface ListOut {
  Items?: number[];
  Next?: string;
}
const List = createCommand(defineOperation<ListIn, ListOut>({ name: 'List', input: () => z.object({}) }));
const paginateList = createPaginator(List, { inputToken: 'Token', pageSize: 'Max', items: 'Items', nextToken: (o) => o.Next });

/** A fake client over 0..total-1 served in pages, recording each request. */
function fakeClient(total: number, opts: { repeatToken?: boolean } = {}) {
  const calls: ListIn[] = [];
  return {
    calls,
    async send<I, O>(c: Command<I, O>): Promise<O> {
      const input = c.input as ListIn;
      calls.push(input);
      const start = input.Token ? Number(input.Token) : 0;
      const max = input.Max ?? 10;
      const items = Array.from({ length: Math.max(0, Math.min(max, total - start)) }, (_, i) => start + i);
      const next = start + max < total ? String(opts.repeatToken ? max : start + max) : undefined;
      return { Items: items, Next: next } as O;
    },
  };
}

describe('createPaginator', () => {
  it('walks every page, passing the page size and token', async () => {
    const client = fakeClient(25);
    const seen: number[] = [];
    for await (const page of paginateList({ client, pageSize: 10 }, {})) seen.push(...page.Items!);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(client.calls).toEqual([{ Max: 10 }, { Max: 10, Token: '10' }, { Max: 10, Token: '20' }]);
  });

  it('caps with maxItems mid-page and resumes at the exact next item', async () => {
    const client = fakeClient(25);
    const first: number[] = [];
    let token: string | undefined;
    for await (const page of paginateList({ client, pageSize: 10, maxItems: 13 }, {})) {
      first.push(...page.Items!);
      token = page.resumeToken;
    }
    expect(first).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(token).toBeTypeOf('string');
    const rest: number[] = [];
    for await (const page of paginateList({ client, pageSize: 10, startingToken: token }, {})) rest.push(...page.Items!);
    expect(rest).toEqual(Array.from({ length: 12 }, (_, i) => i + 13));
  });

  it('an interrupted run resumes after the last page it yielded', async () => {
    const client = fakeClient(30);
    let token: string | undefined;
    for await (const page of paginateList({ client, pageSize: 10 }, {})) {
      token = page.resumeToken;
      break;
    }
    const rest: number[] = [];
    for await (const page of paginateList({ client, pageSize: 10, startingToken: token }, {})) rest.push(...page.Items!);
    expect(rest[0]).toBe(10);
    expect(rest).toHaveLength(20);
  });

  it('stops with PaginationError when the service repeats a token', async () => {
    const client = fakeClient(100, { repeatToken: true });
    const run = async () => {
      for await (const _ of paginateList({ client, pageSize: 10 }, {})) {
        // consume
      }
    };
    await expect(run()).rejects.toBeInstanceOf(PaginationError);
    expect(client.calls.length).toBeLessThanOrEqual(3);
  });
});

describe('createWaiter', () => {
  const Describe = createCommand(defineOperation<{ Name: string }, { Status?: string }>({ name: 'Describe', input: () => z.object({ Name: z.string() }) }));
  const waitUntilActive = createWaiter(Describe, {
    minDelay: 0.01, maxDelay: 0.02,
    acceptor: ({ output, error }) => (output?.Status === 'ACTIVE' ? 'SUCCESS' : output?.Status === 'FAILED' ? 'FAILURE' : error?.name === 'NotFound' ? 'RETRY' : error ? undefined : 'RETRY'),
  });
  const client = (statuses: Array<string | Error>) => ({
    n: 0,
    async send<I, O>(_c: Command<I, O>): Promise<O> {
      const s = statuses[Math.min(this.n++, statuses.length - 1)]!;
      if (s instanceof Error) throw s;
      return { Status: s } as O;
    },
  });

  it('polls until success', async () => {
    const notFound = Object.assign(new Error('nf'), { name: 'NotFound' });
    const c = client([notFound, 'CREATING', 'ACTIVE']);
    const r = await waitUntilActive({ client: c, maxWaitTime: 5 }, { Name: 'x' });
    expect(r.state).toBe('SUCCESS');
    expect(c.n).toBe(3);
  });

  it('fails on a failure state, times out, and rethrows an unexpected error', async () => {
    await expect(waitUntilActive({ client: client(['FAILED']), maxWaitTime: 5 }, { Name: 'x' })).rejects.toMatchObject({ name: 'WaiterError', state: 'FAILURE' });
    const slow = waitUntilActive({ client: client(['CREATING']), maxWaitTime: 0.1 }, { Name: 'x' });
    await expect(slow).rejects.toBeInstanceOf(WaiterError);
    await expect(slow).rejects.toMatchObject({ state: 'TIMEOUT' });
    const boom = Object.assign(new Error('denied'), { name: 'AccessDenied' });
    await expect(waitUntilActive({ client: client([boom]), maxWaitTime: 5 }, { Name: 'x' })).rejects.toBe(boom);
  });

  it('refuses settings that would poll without end or in a hot loop, before the first request (v3 lets NaN through)', async () => {
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ maxWaitTime: undefined }, /Describe waiter: invalid input: maxWaitTime: must be a finite number of seconds above 0 \(got undefined\)/],
      [{ maxWaitTime: Number.NaN }, /maxWaitTime: must be a finite number/],
      [{ maxWaitTime: Infinity }, /maxWaitTime: must be a finite number/],
      [{ maxWaitTime: 5, minDelay: 0 }, /minDelay: must be a finite number of seconds above 0 \(got 0\)/],
      [{ maxWaitTime: 5, maxDelay: -1 }, /maxDelay: must be a finite/],
      [{ maxWaitTime: 0.005 }, /maxWaitTime: must be above minDelay \(0.01 s\)/],
      [{ maxWaitTime: 5, minDelay: 1, maxDelay: 0.5 }, /maxDelay: must not be below minDelay \(1 s\)/],
    ];
    for (const [settings, message] of bad) {
      const c = client(['ACTIVE']);
      const err = await waitUntilActive({ client: c, ...settings } as never, { Name: 'x' }).catch((e: unknown) => e);
      expect(err, JSON.stringify(settings)).toBeInstanceOf(ParamValidationError);
      expect((err as Error).message).toMatch(message);
      expect(c.n).toBe(0);
    }
  });
});
