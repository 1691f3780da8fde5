// UntagResource: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Removes tags from a stream or consumer by ARN.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { resourceArn, tagKeyList } from '../shapes.js';

export interface UntagResourceInput {
  /** 1..50 keys. */
  TagKeys: string[];
  /** A stream's or a consumer's ARN. */
  ResourceARN: string;
}
/** The service answers with an empty body. */
export interface UntagResourceOutput {}

export const UntagResource = /* @__PURE__ */ defineOperation<UntagResourceInput, UntagResourceOutput>({
  name: 'UntagResource',
  input: () => ({ TagKeys: tagKeyList(), ResourceARN: resourceArn() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const UntagResourceCommand = /* @__PURE__ */ createCommand(UntagResource);
export type UntagResourceCommand = InstanceType<typeof UntagResourceCommand>;
