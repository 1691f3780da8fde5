import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerName } from '../shapes.js';

/** [DeleteContainer](https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteContainer.html): 000 § DeleteContainer (only an empty container can be deleted). */
export interface DeleteContainerInput {
  ContainerName: string;
}
export interface DeleteContainerOutput {}

export const DeleteContainer = /* @__PURE__ */ defineOperation<DeleteContainerInput, DeleteContainerOutput>({
  name: 'DeleteContainer',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const DeleteContainerCommand = /* @__PURE__ */ createCommand(DeleteContainer);
export type DeleteContainerCommand = InstanceType<typeof DeleteContainerCommand>;
