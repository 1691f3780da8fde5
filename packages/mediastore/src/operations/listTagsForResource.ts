import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerArn, type Tag } from '../shapes.js';

/** [ListTagsForResource](https://docs.aws.amazon.com/mediastore/latest/apireference/API_ListTagsForResource.html): 001 § list_tags_for_resource. */
export interface ListTagsForResourceInput {
  /** The container's ARN (Container.ARN). */
  Resource: string;
}
export interface ListTagsForResourceOutput {
  Tags?: Tag[];
}

export const ListTagsForResource = /* @__PURE__ */ defineOperation<ListTagsForResourceInput, ListTagsForResourceOutput>({
  name: 'ListTagsForResource',
  input: () => ({ Resource: containerArn() }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const ListTagsForResourceCommand = /* @__PURE__ */ createCommand(ListTagsForResource);
export type ListTagsForResourceCommand = InstanceType<typeof ListTagsForResourceCommand>;
