import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerName, lifecyclePolicy } from '../shapes.js';

/** [PutLifecyclePolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutLifecyclePolicy.html): 001 § put_lifecycle_policy (replaces any existing policy). */
export interface PutLifecyclePolicyInput {
  ContainerName: string;
  /** The lifecycle policy document (with its `rules`) as a JSON string. */
  LifecyclePolicy: string;
}
export interface PutLifecyclePolicyOutput {}

export const PutLifecyclePolicy = /* @__PURE__ */ defineOperation<PutLifecyclePolicyInput, PutLifecyclePolicyOutput>({
  name: 'PutLifecyclePolicy',
  input: () => ({ ContainerName: containerName(), LifecyclePolicy: lifecyclePolicy() }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const PutLifecyclePolicyCommand = /* @__PURE__ */ createCommand(PutLifecyclePolicy);
export type PutLifecyclePolicyCommand = InstanceType<typeof PutLifecyclePolicyCommand>;
