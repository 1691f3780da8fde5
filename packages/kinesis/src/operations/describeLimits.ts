// DescribeLimits: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// The account's shard limit and on-demand stream counts.
import { createCommand, defineOperation } from '@skiff/core';
import { LimitExceededException } from '../errors.js';

/** No input members. */
export interface DescribeLimitsInput {}
export interface DescribeLimitsOutput {
  ShardLimit?: number;
  OpenShardCount?: number;
  OnDemandStreamCount?: number;
  OnDemandStreamCountLimit?: number;
}

export const DescribeLimits = /* @__PURE__ */ defineOperation<DescribeLimitsInput, DescribeLimitsOutput>({
  name: 'DescribeLimits',
  input: () => ({}),
  errors: [LimitExceededException],
});
export const DescribeLimitsCommand = /* @__PURE__ */ createCommand(DescribeLimits);
export type DescribeLimitsCommand = InstanceType<typeof DescribeLimitsCommand>;
