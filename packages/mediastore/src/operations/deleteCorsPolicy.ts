import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, CorsPolicyNotFoundException, InternalServerError } from '../errors.js';
import { containerName } from '../shapes.js';

/** [DeleteCorsPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteCorsPolicy.html): 000 § DeleteCorsPolicy. */
export interface DeleteCorsPolicyInput {
  ContainerName: string;
}
export interface DeleteCorsPolicyOutput {}

export const DeleteCorsPolicy = /* @__PURE__ */ defineOperation<DeleteCorsPolicyInput, DeleteCorsPolicyOutput>({
  name: 'DeleteCorsPolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, CorsPolicyNotFoundException, InternalServerError],
});
export const DeleteCorsPolicyCommand = /* @__PURE__ */ createCommand(DeleteCorsPolicy);
export type DeleteCorsPolicyCommand = InstanceType<typeof DeleteCorsPolicyCommand>;
