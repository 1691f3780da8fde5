import { fromBase64, fromUtf8, toBase64, utf8 } from '../body/bytes.js';
import { PaginationError } from '../errors/transportErrors.js';
import type { SendOptions } from '../client/ClientConfig.js';
import type { Command, CommandClass, LooseInput } from './Command.js';

export interface PaginationConfig<Client> {
  client: Client;
  /** Items asked for per page (the operation's page-size member). */
  pageSize?: number;
  /** Caps the items yielded across all pages; the last page is cut to fit. */
  maxItems?: number;
  /** A `resumeToken` from an earlier page: the run goes on right after it. */
  startingToken?: string;
  abortSignal?: AbortSignal;
}

/** A page as yielded: the operation's output plus where to resume after it. */
export type Page<O> = O & {
  /** Pass as `startingToken` to continue after this page; absent on the last page. */
  resumeToken?: string;
};

export interface PaginatorSpec<I, O> {
  /** The input member that carries the token. */
  inputToken: keyof I & string;
  /** The token for the next page, or undefined at the end. */
  nextToken: (output: O, input: I) => string | undefined;
  /** The output member that holds the page's items (counted by maxItems); a dotted path
   * reaches a nested list (`StreamDescription.Shards`). */
  items: (keyof O & string) | `${keyof O & string}.${string}`;
  /** The input member that sets the page size. */
  pageSize?: keyof I & string;
  /** The input member's value for a token, when the member is not a string (S3 ListParts
   * pages by a part number): tokens and resume tokens stay strings. */
  tokenValue?: (token: string) => unknown;
}

// A resume token names the page to fetch and how many of its items were already yielded,
// so a run cut mid-page by maxItems resumes at the exact next item.
interface Position {
  t?: string;
  s?: number;
}
const encodePosition = (p: Position) => toBase64(utf8(JSON.stringify(p)));
function decodePosition(token: string): Position {
  try {
    const p = JSON.parse(fromUtf8(fromBase64(token))) as Position;
    if (typeof p === 'object' && p !== null) return p;
  } catch {
    // fall through: a raw service token is accepted too
  }
  return { t: token };
}

type Sender = { send<I, O>(c: Command<I, O>, o?: SendOptions): Promise<O> };

/** Builds `paginate<Operation>(config, input)` for one operation. */
/* @__NO_SIDE_EFFECTS__ */
export function createPaginator<I, O>(Cmd: CommandClass<I, O>, spec: PaginatorSpec<I, O>) {
  return async function* paginate<C extends Sender>(config: PaginationConfig<C>, input: I = {} as I): AsyncGenerator<Page<O>, void, undefined> {
    const start = config.startingToken ? decodePosition(config.startingToken) : {};
    const given = (input as Record<string, unknown>)[spec.inputToken];
    let token: string | undefined = start.t ?? (given === undefined ? undefined : String(given));
    let skip = start.s ?? 0;
    let remaining = config.maxItems ?? Infinity;
    const seen = new Set<string>();
    const path = spec.items.split('.');
    for (;;) {
      const req = { ...input } as Record<string, unknown>;
      if (token !== undefined) req[spec.inputToken] = spec.tokenValue ? spec.tokenValue(token) : token;
      if (spec.pageSize && config.pageSize !== undefined) req[spec.pageSize] = remaining < config.pageSize + skip ? Math.max(1, Math.min(config.pageSize, remaining + skip)) : config.pageSize;
      const out = await config.client.send(new Cmd(req as LooseInput<I>), { abortSignal: config.abortSignal });
      const next = spec.nextToken(out, req as I);
      let items = (getPath(out, path) as unknown[] | undefined) ?? [];
      const pageStart = token;
      if (skip) items = items.slice(skip);
      const offset = skip;
      skip = 0;
      let page = setPath(out, path, items) as Page<O>;
      if (items.length > remaining) {
        page = setPath(page, path, items.slice(0, remaining)) as Page<O>;
        page.resumeToken = encodePosition({ t: pageStart, s: offset + remaining });
        yield page;
        return;
      }
      remaining -= items.length;
      if (next !== undefined) page.resumeToken = encodePosition({ t: next });
      yield page;
      if (next === undefined || remaining <= 0) return;
      if (seen.has(next) || next === token) throw new PaginationError(`${Cmd.operation.name}: the service returned the same page token twice (${next.slice(0, 40)}); stopping instead of looping`);
      seen.add(next);
      token = next;
    }
  };
}

function getPath(o: unknown, path: readonly string[]): unknown {
  let v = o;
  for (const k of path) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k];
  return v;
}

/** A copy of `o` with the value at `path` replaced; the objects along the path are copied. */
function setPath(o: unknown, path: readonly string[], value: unknown): Record<string, unknown> {
  const [k, ...rest] = path as [string, ...string[]];
  const copy = { ...(o as Record<string, unknown>) };
  copy[k] = rest.length ? setPath(copy[k] ?? {}, rest, value) : value;
  return copy;
}
