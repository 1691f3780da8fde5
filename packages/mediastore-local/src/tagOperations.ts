import { InputChecker, memberPath } from './InputChecker.js';
import type { Operation } from './containerOperations.js';
import { containerNotFound, limitExceeded } from './errors.js';
import { TAGS_PER_CONTAINER, readTags } from './inputShapes.js';
import type { Container, MediaStoreState } from './MediaStoreState.js';

const CONTAINER_ARN = /arn:aws:mediastore:[a-z]+-[a-z]+-\d:\d{12}:container\/[\w-]{1,255}/;

/** The container a `Resource` ARN names (001: "The Amazon Resource Name (ARN) for the container"). */
function resource(check: InputChecker, input: Record<string, unknown>, state: MediaStoreState): () => Container {
  // 000's ContainerARN pattern lost its hyphens in extraction (`[a-z]+--[a-z]+--\d`); this is
  // the pattern of the API Reference (https://docs.aws.amazon.com/mediastore/latest/apireference/API_ListTagsForResource.html).
  const arn = check.string('resource', input.Resource, { required: true, min: 1, max: 1024, pattern: CONTAINER_ARN, patternText: 'arn:aws:mediastore:[a-z]+-[a-z]+-\\d:\\d{12}:container/[\\w-]{1,255}' });
  return () => {
    const c = arn === undefined ? undefined : state.findByArn(arn);
    if (!c) throw containerNotFound('control', arn ?? '');
    // Tag operations document ContainerInUseException for a container still being created.
    return state.getActive(c.name);
  };
}

export const TagResource: Operation = (input, state) => {
  const check = new InputChecker();
  const container = resource(check, input, state);
  const tags = readTags(check, 'tags', input.Tags, true);
  check.done();
  const c = container();
  // 001: TagResource adds or updates; the result must stay within 50 tags.
  const keys = new Set([...c.tags.keys(), ...tags.map((t) => t.Key)]);
  if (keys.size > TAGS_PER_CONTAINER) {
    throw limitExceeded(`A service limit has been exceeded: at most ${TAGS_PER_CONTAINER} tags per container`);
  }
  for (const t of tags) c.tags.set(t.Key, t.Value);
  return {};
};

export const UntagResource: Operation = (input, state) => {
  const check = new InputChecker();
  const container = resource(check, input, state);
  const keys = check.list('tagKeys', input.TagKeys, { required: true, max: 200 });
  const names = keys.map((k, i) => check.string(memberPath('TagKeys', i), k, { required: true, min: 1, max: 128 })!);
  check.done();
  const c = container();
  for (const k of names) c.tags.delete(k);
  return {};
};

export const ListTagsForResource: Operation = (input, state) => {
  const check = new InputChecker();
  const container = resource(check, input, state);
  check.done();
  const c = container();
  return { Tags: [...c.tags].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value })) };
};
