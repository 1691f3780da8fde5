// ListTagsForResource: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// The tags of a stream or consumer by ARN.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { resourceArn, type Tag } from '../shapes.js';

export interface ListTagsForResourceInput {
  /** A stream's or a consumer's ARN. */
  ResourceARN: string;
}
export interface ListTagsForResourceOutput {
  Tags?: Tag[];
}

export const ListTagsForResource = /* @__PURE__ */ defineOperation<ListTagsForResourceInput, ListTagsForResourceOutput>({
  name: 'ListTagsForResource',
  input: () => ({ ResourceARN: resourceArn() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const ListTagsForResourceCommand = /* @__PURE__ */ createCommand(ListTagsForResource);
export type ListTagsForResourceCommand = InstanceType<typeof ListTagsForResourceCommand>;
