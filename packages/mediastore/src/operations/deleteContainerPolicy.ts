import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, PolicyNotFoundException } from '../errors.js';
import { containerName } from '../shapes.js';

/** [DeleteContainerPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteContainerPolicy.html): 000 § DeleteContainerPolicy. */
export interface DeleteContainerPolicyInput {
  ContainerName: string;
}
export interface DeleteContainerPolicyOutput {}

export const DeleteContainerPolicy = /* @__PURE__ */ defineOperation<DeleteContainerPolicyInput, DeleteContainerPolicyOutput>({
  name: 'DeleteContainerPolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, PolicyNotFoundException, InternalServerError],
});
export const DeleteContainerPolicyCommand = /* @__PURE__ */ createCommand(DeleteContainerPolicy);
export type DeleteContainerPolicyCommand = InstanceType<typeof DeleteContainerPolicyCommand>;
