// TagResource: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Tags a stream or consumer by ARN.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { resourceArn, tagMap } from '../shapes.js';

export interface TagResourceInput {
  /** 1..200 entries: keys 1..128, values 0..256 characters. */
  Tags: Record<string, string>;
  /** A stream's or a consumer's ARN. */
  ResourceARN: string;
}
/** The service answers with an empty body. */
export interface TagResourceOutput {}

export const TagResource = /* @__PURE__ */ defineOperation<TagResourceInput, TagResourceOutput>({
  name: 'TagResource',
  input: () => ({ Tags: tagMap(), ResourceARN: resourceArn() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const TagResourceCommand = /* @__PURE__ */ createCommand(TagResource);
export type TagResourceCommand = InstanceType<typeof TagResourceCommand>;
