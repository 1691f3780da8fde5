// DeleteResourcePolicy: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Deletes the resource-based policy of a stream or consumer.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { resourceArn } from '../shapes.js';

export interface DeleteResourcePolicyInput {
  /** A stream's or a consumer's ARN. */
  ResourceARN: string;
}
/** The service answers with an empty body. */
export interface DeleteResourcePolicyOutput {}

export const DeleteResourcePolicy = /* @__PURE__ */ defineOperation<DeleteResourcePolicyInput, DeleteResourcePolicyOutput>({
  name: 'DeleteResourcePolicy',
  input: () => ({ ResourceARN: resourceArn() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const DeleteResourcePolicyCommand = /* @__PURE__ */ createCommand(DeleteResourcePolicy);
export type DeleteResourcePolicyCommand = InstanceType<typeof DeleteResourcePolicyCommand>;
