import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, PolicyNotFoundException } from '../errors.js';
import { containerName } from '../shapes.js';

/** [DeleteLifecyclePolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteLifecyclePolicy.html): 001 § delete_lifecycle_policy. */
export interface DeleteLifecyclePolicyInput {
  ContainerName: string;
}
export interface DeleteLifecyclePolicyOutput {}

export const DeleteLifecyclePolicy = /* @__PURE__ */ defineOperation<DeleteLifecyclePolicyInput, DeleteLifecyclePolicyOutput>({
  name: 'DeleteLifecyclePolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, PolicyNotFoundException, InternalServerError],
});
export const DeleteLifecyclePolicyCommand = /* @__PURE__ */ createCommand(DeleteLifecyclePolicy);
export type DeleteLifecyclePolicyCommand = InstanceType<typeof DeleteLifecyclePolicyCommand>;
