// AddTagsToStream: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Adds or replaces up to 10 tags per call (50 per stream, documented limits the service
// enforces).
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { onStream, tagMap } from '../shapes.js';

export interface AddTagsToStreamInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** 1..200 entries: keys 1..128, values 0..256 characters. */
  Tags: Record<string, string>;
}
/** The service answers with an empty body. */
export interface AddTagsToStreamOutput {}

export const AddTagsToStream = /* @__PURE__ */ defineOperation<AddTagsToStreamInput, AddTagsToStreamOutput>({
  name: 'AddTagsToStream',
  input: () => onStream({ Tags: tagMap() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const AddTagsToStreamCommand = /* @__PURE__ */ createCommand(AddTagsToStream);
export type AddTagsToStreamCommand = InstanceType<typeof AddTagsToStreamCommand>;
