// UpdateShardCount: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Resizes a provisioned stream by splitting and merging shards uniformly.
import * as z from 'zod/mini';
import { createCommand, defineOperation, int } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException } from '../errors.js';
import { onStream } from '../shapes.js';

export interface UpdateShardCountInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  TargetShardCount: number;
  /** The only type: UNIFORM_SCALING. */
  ScalingType: 'UNIFORM_SCALING';
}
export interface UpdateShardCountOutput {
  StreamName?: string;
  CurrentShardCount?: number;
  TargetShardCount?: number;
  StreamARN?: string;
}

export const UpdateShardCount = /* @__PURE__ */ defineOperation<UpdateShardCountInput, UpdateShardCountOutput>({
  name: 'UpdateShardCount',
  input: () => onStream({ TargetShardCount: int({ min: 1 }), ScalingType: z.enum(['UNIFORM_SCALING']) }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException],
});
export const UpdateShardCountCommand = /* @__PURE__ */ createCommand(UpdateShardCount);
export type UpdateShardCountCommand = InstanceType<typeof UpdateShardCountCommand>;
