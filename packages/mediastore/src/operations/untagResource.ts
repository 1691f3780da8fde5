import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerArn, tagKey } from '../shapes.js';

/** [UntagResource](https://docs.aws.amazon.com/mediastore/latest/apireference/API_UntagResource.html): 001 § untag_resource. */
export interface UntagResourceInput {
  /** The container's ARN (Container.ARN). */
  Resource: string;
  /** The keys of the tags to remove (each a tag key: 1..128 characters). */
  TagKeys: string[];
}
export interface UntagResourceOutput {}

export const UntagResource = /* @__PURE__ */ defineOperation<UntagResourceInput, UntagResourceOutput>({
  name: 'UntagResource',
  input: () => ({ Resource: containerArn(), TagKeys: z.array(tagKey()) }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const UntagResourceCommand = /* @__PURE__ */ createCommand(UntagResource);
export type UntagResourceCommand = InstanceType<typeof UntagResourceCommand>;
