// ListContainers paging against the real local server (a server of its own, so the
// container count is known): MaxResults past a page boundary, the paginator, maxItems and
// resuming from a resume token.
import { beforeAll, describe, expect, it } from 'vitest';
import * as ms from '../src/index.js';
import { useLocalServer } from './localServer.js';

const ctx = useLocalServer({ creatingDelayMs: 0 });
const NAMES = Array.from({ length: 11 }, (_, i) => `page_${String(i).padStart(2, '0')}`);

beforeAll(async () => {
  for (const ContainerName of NAMES) await ctx.client.send(new ms.CreateContainerCommand({ ContainerName }));
});

describe('ListContainers paging', () => {
  it('MaxResults 4 pages through 11 containers by NextToken, 4 + 4 + 3', async () => {
    const { client } = ctx;
    const sizes: number[] = [];
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const out = await client.send(new ms.ListContainersCommand({ MaxResults: 4, NextToken }));
      sizes.push(out.Containers!.length);
      names.push(...out.Containers!.map((c) => c.Name!));
      for (const c of out.Containers!) expect(c.CreationTime).toBeInstanceOf(Date);
      NextToken = out.NextToken;
    } while (NextToken);
    expect(sizes).toEqual([4, 4, 3]);
    expect(names).toEqual(NAMES);
  });

  it('without MaxResults: every container in one page and no NextToken', async () => {
    const out = await ctx.client.send(new ms.ListContainersCommand({}));
    expect(out.Containers!.map((c) => c.Name)).toEqual(NAMES);
    expect(out.NextToken).toBeUndefined();
  });

  it('paginateListContainers with pageSize 3 yields 3 + 3 + 3 + 2', async () => {
    const pages: string[][] = [];
    for await (const page of ms.paginateListContainers({ client: ctx.client, pageSize: 3 }, {})) pages.push(page.Containers!.map((c) => c.Name!));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 2]);
    expect(pages.flat()).toEqual(NAMES);
  });

  it('maxItems cuts a page short; its resumeToken continues right after the last item', async () => {
    const first: string[] = [];
    let resume: string | undefined;
    for await (const page of ms.paginateListContainers({ client: ctx.client, pageSize: 4, maxItems: 6 })) {
      first.push(...page.Containers!.map((c) => c.Name!));
      resume = page.resumeToken;
    }
    expect(first).toEqual(NAMES.slice(0, 6));
    expect(resume).toBeTypeOf('string');
    const rest: string[] = [];
    for await (const page of ms.paginateListContainers({ client: ctx.client, pageSize: 4, startingToken: resume })) rest.push(...page.Containers!.map((c) => c.Name!));
    expect(rest).toEqual(NAMES.slice(6));
  });

  it('a service NextToken is accepted as startingToken too', async () => {
    const out = await ctx.client.send(new ms.ListContainersCommand({ MaxResults: 5 }));
    const names: string[] = [];
    for await (const page of ms.paginateListContainers({ client: ctx.client, pageSize: 5, startingToken: out.NextToken })) names.push(...page.Containers!.map((c) => c.Name!));
    expect(names).toEqual(NAMES.slice(5));
  });

  it('a pageSize above 100 is refused before sending', async () => {
    const run = async () => {
      for await (const _ of ms.paginateListContainers({ client: ctx.client, pageSize: 101 })) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(ms.ParamValidationError);
  });
});
