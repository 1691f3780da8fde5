import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, PolicyNotFoundException } from '../errors.js';
import { containerName } from '../shapes.js';

/** [GetLifecyclePolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetLifecyclePolicy.html): 001 § get_lifecycle_policy. */
export interface GetLifecyclePolicyInput {
  ContainerName: string;
}
export interface GetLifecyclePolicyOutput {
  /** The lifecycle policy document as a JSON string. */
  LifecyclePolicy?: string;
}

export const GetLifecyclePolicy = /* @__PURE__ */ defineOperation<GetLifecyclePolicyInput, GetLifecyclePolicyOutput>({
  name: 'GetLifecyclePolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, PolicyNotFoundException, InternalServerError],
});
export const GetLifecyclePolicyCommand = /* @__PURE__ */ createCommand(GetLifecyclePolicy);
export type GetLifecyclePolicyCommand = InstanceType<typeof GetLifecyclePolicyCommand>;
