// UpdateStreamMode: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Switches a stream between PROVISIONED and ON_DEMAND (named by its ARN only).
import * as z from 'zod/mini';
import { createCommand, defineOperation, int } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException } from '../errors.js';
import { streamArn, streamModeDetails, type StreamModeDetails } from '../shapes.js';

export interface UpdateStreamModeInput {
  StreamARN: string;
  StreamModeDetails: StreamModeDetails;
  /** On-demand warm throughput, MiB/s. */
  WarmThroughputMiBps?: number;
}
/** The service answers with an empty body. */
export interface UpdateStreamModeOutput {}

export const UpdateStreamMode = /* @__PURE__ */ defineOperation<UpdateStreamModeInput, UpdateStreamModeOutput>({
  name: 'UpdateStreamMode',
  input: () => ({ StreamARN: streamArn(), StreamModeDetails: streamModeDetails(), WarmThroughputMiBps: z.optional(int({ min: 0 })) }),
  errors: [InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException],
});
export const UpdateStreamModeCommand = /* @__PURE__ */ createCommand(UpdateStreamMode);
export type UpdateStreamModeCommand = InstanceType<typeof UpdateStreamModeCommand>;
