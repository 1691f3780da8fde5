import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerName, containerPolicy } from '../shapes.js';

/** [PutContainerPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutContainerPolicy.html): 000 § PutContainerPolicy (replaces any existing policy). */
export interface PutContainerPolicyInput {
  ContainerName: string;
  /** An IAM-style policy document (with Version and Statement) as a JSON string. */
  Policy: string;
}
export interface PutContainerPolicyOutput {}

export const PutContainerPolicy = /* @__PURE__ */ defineOperation<PutContainerPolicyInput, PutContainerPolicyOutput>({
  name: 'PutContainerPolicy',
  input: () => ({ ContainerName: containerName(), Policy: containerPolicy() }),
  errors: [ContainerNotFoundException, ContainerInUseException, InternalServerError],
});
export const PutContainerPolicyCommand = /* @__PURE__ */ createCommand(PutContainerPolicy);
export type PutContainerPolicyCommand = InstanceType<typeof PutContainerPolicyCommand>;
