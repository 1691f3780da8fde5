import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError, LimitExceededException } from '../errors.js';
import { containerName, metricPolicy, type MetricPolicy } from '../shapes.js';

/** [PutMetricPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutMetricPolicy.html): 001 § put_metric_policy. */
export interface PutMetricPolicyInput {
  ContainerName: string;
  MetricPolicy: MetricPolicy;
}
export interface PutMetricPolicyOutput {}

export const PutMetricPolicy = /* @__PURE__ */ defineOperation<PutMetricPolicyInput, PutMetricPolicyOutput>({
  name: 'PutMetricPolicy',
  input: () => ({ ContainerName: containerName(), MetricPolicy: metricPolicy() }),
  // LimitExceededException is not listed by 001, but more rules than the account's quota
  // (5 by default) is exactly that limit.
  errors: [ContainerInUseException, ContainerNotFoundException, LimitExceededException, InternalServerError],
});
export const PutMetricPolicyCommand = /* @__PURE__ */ createCommand(PutMetricPolicy);
export type PutMetricPolicyCommand = InstanceType<typeof PutMetricPolicyCommand>;
