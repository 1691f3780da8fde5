import { InputChecker } from './InputChecker.js';
import { containerInUse, containerNotFound, limitExceeded, validationError } from './errors.js';
import { TAGS_PER_CONTAINER, readContainerName, readTags } from './inputShapes.js';
import type { MediaStoreState } from './MediaStoreState.js';

/** What an operation knows of the request beyond its input. */
export interface RequestContext {
  /** The base URL a client reaches this server by (advertised, else from the request's Host). */
  endpointBase: string;
}

export type Operation = (input: Record<string, unknown>, state: MediaStoreState, request: RequestContext) => Record<string, unknown>;

/** 000 CreateContainer; Tags from 001. */
export const CreateContainer: Operation = (input, state, request) => {
  const check = new InputChecker();
  const name = readContainerName(check, input)!;
  const tags = readTags(check, 'tags', input.Tags, false);
  check.done();
  if (new Set(tags.map((t) => t.Key)).size > TAGS_PER_CONTAINER) {
    throw limitExceeded(`A service limit has been exceeded: at most ${TAGS_PER_CONTAINER} tags per container`);
  }
  const c = state.create(name);
  for (const t of tags) c.tags.set(t.Key, t.Value);
  // 000: "The return value does not include the container's endpoint."
  const { Endpoint: _omitted, ...container } = state.describe(c, request.endpointBase);
  return { Container: container };
};

/** 000 DeleteContainer: only an empty, ACTIVE container can go. */
export const DeleteContainer: Operation = (input, state) => {
  const check = new InputChecker();
  const name = readContainerName(check, input)!;
  check.done();
  const c = state.getActive(name);
  const uploading = [...c.liveUploads.values()].some((u) => u.state === 'open');
  if (c.objects.size > 0 || uploading) {
    throw containerInUse(`The container that you specified in the request is not empty: delete its objects first (${name})`);
  }
  state.remove(c);
  return {};
};

/** 000 DescribeContainer. ContainerName is documented as optional; without one there is nothing to find. */
export const DescribeContainer: Operation = (input, state, request) => {
  const check = new InputChecker();
  const name = readContainerName(check, input, false);
  check.done();
  if (name === undefined) throw containerNotFound('control', '(no ContainerName given)');
  return { Container: state.describe(state.get(name), request.endpointBase) };
};

// NextToken pattern (000): [0-9A-Za-z=/+]+, so the token is base64 of the last creation seq.
const encodeToken = (seq: number) => Buffer.from(`containers:${seq}`).toString('base64');
function decodeToken(token: string): number {
  const m = /^containers:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!m) throw validationError(`The NextToken is not valid: ${token}`);
  return Number(m[1]);
}

/** 000 ListContainers. seed-decisions: MaxResults 1..100. */
export const ListContainers: Operation = (input, state, request) => {
  const check = new InputChecker();
  const max = check.integer('maxResults', input.MaxResults, { min: 1, max: 100 });
  const token = check.string('nextToken', input.NextToken, { min: 1, max: 255, pattern: /[0-9A-Za-z=/+]+/ });
  check.done();
  const after = token === undefined ? 0 : decodeToken(token);
  const rest = state.list().filter((c) => c.seq > after);
  // 000: a NextToken comes back only when MaxResults was given and more containers remain.
  const page = max === undefined ? rest : rest.slice(0, max);
  const out: Record<string, unknown> = { Containers: page.map((c) => state.describe(c, request.endpointBase)) };
  if (max !== undefined && rest.length > page.length) out.NextToken = encodeToken(page[page.length - 1]!.seq);
  return out;
};

const setAccessLogging =
  (enabled: boolean): Operation =>
  (input, state) => {
    const check = new InputChecker();
    const name = readContainerName(check, input)!;
    check.done();
    state.getActive(name).accessLogging = enabled;
    return {};
  };

/** 001 StartAccessLogging / StopAccessLogging: only the AccessLoggingEnabled flag (no CloudWatch here). */
export const StartAccessLogging = setAccessLogging(true);
export const StopAccessLogging = setAccessLogging(false);
