import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerArn, tagList, type Tag } from '../shapes.js';

/** [TagResource](https://docs.aws.amazon.com/mediastore/latest/apireference/API_TagResource.html): 001 § tag_resource (adds or updates; at most 50 tags per container). */
export interface TagResourceInput {
  /** The container's ARN (Container.ARN). */
  Resource: string;
  Tags: Tag[];
}
export interface TagResourceOutput {}

export const TagResource = /* @__PURE__ */ defineOperation<TagResourceInput, TagResourceOutput>({
  name: 'TagResource',
  input: () => ({ Resource: containerArn(), Tags: tagList() }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const TagResourceCommand = /* @__PURE__ */ createCommand(TagResource);
export type TagResourceCommand = InstanceType<typeof TagResourceCommand>;
