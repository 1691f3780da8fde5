// ListTagsForStream: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// A stream's tags, paged by ExclusiveStartTagKey and HasMoreTags.
import * as z from 'zod/mini';
import { createCommand, defineOperation, int } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { onStream, tagKey, type Tag } from '../shapes.js';

export interface ListTagsForStreamInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** The key after which the list starts. */
  ExclusiveStartTagKey?: string;
  /** 1..50 tags per call. */
  Limit?: number;
}
export interface ListTagsForStreamOutput {
  Tags?: Tag[];
  HasMoreTags?: boolean;
}

export const ListTagsForStream = /* @__PURE__ */ defineOperation<ListTagsForStreamInput, ListTagsForStreamOutput>({
  name: 'ListTagsForStream',
  input: () => onStream({ ExclusiveStartTagKey: z.optional(tagKey()), Limit: z.optional(int({ min: 1, max: 50 })) }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceNotFoundException],
});
export const ListTagsForStreamCommand = /* @__PURE__ */ createCommand(ListTagsForStream);
export type ListTagsForStreamCommand = InstanceType<typeof ListTagsForStreamCommand>;
