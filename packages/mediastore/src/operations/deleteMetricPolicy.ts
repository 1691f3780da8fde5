import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, PolicyNotFoundException } from '../errors.js';
import { containerName } from '../shapes.js';

/** [DeleteMetricPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_DeleteMetricPolicy.html): 001 § delete_metric_policy. */
export interface DeleteMetricPolicyInput {
  ContainerName: string;
}
export interface DeleteMetricPolicyOutput {}

export const DeleteMetricPolicy = /* @__PURE__ */ defineOperation<DeleteMetricPolicyInput, DeleteMetricPolicyOutput>({
  name: 'DeleteMetricPolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, PolicyNotFoundException, InternalServerError],
});
export const DeleteMetricPolicyCommand = /* @__PURE__ */ createCommand(DeleteMetricPolicy);
export type DeleteMetricPolicyCommand = InstanceType<typeof DeleteMetricPolicyCommand>;
