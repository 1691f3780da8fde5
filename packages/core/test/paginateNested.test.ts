import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { captureTransport } from '@skiff/testkit';
import { createCommand, createPaginator, defineOperation } from '../src/index.js';
import { creds, TestClient } from './testService.js';

// Items nested one level down (Kinesis DescribeStream: StreamDescription.Shards).
interface In { Start?: string; Limit?: number }
interface Out { Desc?: { Items?: string[]; More?: boolean; Name?: string } }
const List = defineOperation<In, Out>({ name: 'List', input: () => z.object({ Start: z.optional(z.string()), Limit: z.optional(z.number()) }) });
const ListCommand = createCommand(List);
const paginateList = createPaginator(ListCommand, {
  inputToken: 'Start',
  items: 'Desc.Items',
  pageSize: 'Limit',
  nextToken: (o) => (o.Desc?.More ? o.Desc.Items?.at(-1) : undefined),
});

const ALL = ['a', 'b', 'c', 'd', 'e'];
function server() {
  return captureTransport((req) => {
    const { Start, Limit = 10 } = JSON.parse(new TextDecoder().decode(req.body)) as In;
    const from = Start ? ALL.indexOf(Start) + 1 : 0;
    const items = ALL.slice(from, from + Limit);
    const body = { Desc: { Items: items, More: from + Limit < ALL.length, Name: 'x' } };
    return { status: 200, headers: {}, body: new TextEncoder().encode(JSON.stringify(body)) };
  });
}

describe('createPaginator with a nested items path', () => {
  it('walks pages, caps with maxItems inside the nested list, and resumes', async () => {
    const cap = server();
    const client = new TestClient({ region: 'us-east-1', credentials: creds, transport: cap.transport });
    const pages = [];
    for await (const p of paginateList({ client, pageSize: 2, maxItems: 3 })) pages.push(p);
    expect(pages.map((p) => p.Desc?.Items)).toEqual([['a', 'b'], ['c']]);
    expect(pages[1]!.Desc?.Name).toBe('x');
    const rest = [];
    for await (const p of paginateList({ client, pageSize: 2, startingToken: pages[1]!.resumeToken })) rest.push(...(p.Desc?.Items ?? []));
    expect(rest).toEqual(['d', 'e']);
  });
});
