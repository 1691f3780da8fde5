import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, PolicyNotFoundException } from '../errors.js';
import { containerName } from '../shapes.js';

/** [GetContainerPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetContainerPolicy.html): 000 § GetContainerPolicy. */
export interface GetContainerPolicyInput {
  ContainerName: string;
}
export interface GetContainerPolicyOutput {
  /** The policy document as a JSON string. */
  Policy?: string;
}

export const GetContainerPolicy = /* @__PURE__ */ defineOperation<GetContainerPolicyInput, GetContainerPolicyOutput>({
  name: 'GetContainerPolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, PolicyNotFoundException, InternalServerError],
});
export const GetContainerPolicyCommand = /* @__PURE__ */ createCommand(GetContainerPolicy);
export type GetContainerPolicyCommand = InstanceType<typeof GetContainerPolicyCommand>;
