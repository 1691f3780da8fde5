// PutResourcePolicy: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Attaches a resource-based policy to a stream or consumer.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { resourceArn } from '../shapes.js';

export interface PutResourcePolicyInput {
  /** A stream's or a consumer's ARN. */
  ResourceARN: string;
  /** The policy document (JSON text). */
  Policy: string;
}
/** The service answers with an empty body. */
export interface PutResourcePolicyOutput {}

export const PutResourcePolicy = /* @__PURE__ */ defineOperation<PutResourcePolicyInput, PutResourcePolicyOutput>({
  name: 'PutResourcePolicy',
  input: () => ({ ResourceARN: resourceArn(), Policy: z.string() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const PutResourcePolicyCommand = /* @__PURE__ */ createCommand(PutResourcePolicy);
export type PutResourcePolicyCommand = InstanceType<typeof PutResourcePolicyCommand>;
