import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, PolicyNotFoundException } from '../errors.js';
import { containerName, type MetricPolicy } from '../shapes.js';

/** [GetMetricPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetMetricPolicy.html): 001 § get_metric_policy. */
export interface GetMetricPolicyInput {
  ContainerName: string;
}
export interface GetMetricPolicyOutput {
  MetricPolicy?: MetricPolicy;
}

export const GetMetricPolicy = /* @__PURE__ */ defineOperation<GetMetricPolicyInput, GetMetricPolicyOutput>({
  name: 'GetMetricPolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerNotFoundException, PolicyNotFoundException, ContainerInUseException, InternalServerError],
});
export const GetMetricPolicyCommand = /* @__PURE__ */ createCommand(GetMetricPolicy);
export type GetMetricPolicyCommand = InstanceType<typeof GetMetricPolicyCommand>;
