// GetResourcePolicy: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// The resource-based policy of a stream or consumer.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { resourceArn } from '../shapes.js';

export interface GetResourcePolicyInput {
  /** A stream's or a consumer's ARN. */
  ResourceARN: string;
}
export interface GetResourcePolicyOutput {
  /** The policy document; "{}" when there is none. */
  Policy?: string;
}

export const GetResourcePolicy = /* @__PURE__ */ defineOperation<GetResourcePolicyInput, GetResourcePolicyOutput>({
  name: 'GetResourcePolicy',
  input: () => ({ ResourceARN: resourceArn() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const GetResourcePolicyCommand = /* @__PURE__ */ createCommand(GetResourcePolicy);
export type GetResourcePolicyCommand = InstanceType<typeof GetResourcePolicyCommand>;
