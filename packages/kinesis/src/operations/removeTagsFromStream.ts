// RemoveTagsFromStream: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Removes tags by key.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { onStream, tagKeyList } from '../shapes.js';

export interface RemoveTagsFromStreamInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** 1..50 keys of 1..128 characters. */
  TagKeys: string[];
}
/** The service answers with an empty body. */
export interface RemoveTagsFromStreamOutput {}

export const RemoveTagsFromStream = /* @__PURE__ */ defineOperation<RemoveTagsFromStreamInput, RemoveTagsFromStreamOutput>({
  name: 'RemoveTagsFromStream',
  input: () => onStream({ TagKeys: tagKeyList() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const RemoveTagsFromStreamCommand = /* @__PURE__ */ createCommand(RemoveTagsFromStream);
export type RemoveTagsFromStreamCommand = InstanceType<typeof RemoveTagsFromStreamCommand>;
