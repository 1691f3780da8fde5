// UpdateMaxRecordSize: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Sets the largest record a stream takes (1 MiB by default, up to 10 MiB).
import * as z from 'zod/mini';
import { createCommand, defineOperation, int } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException } from '../errors.js';
import { streamArn } from '../shapes.js';

export interface UpdateMaxRecordSizeInput {
  StreamARN?: string;
  /** 1024..10240 KiB. */
  MaxRecordSizeInKiB: number;
}
/** The service answers with an empty body. */
export interface UpdateMaxRecordSizeOutput {}

export const UpdateMaxRecordSize = /* @__PURE__ */ defineOperation<UpdateMaxRecordSizeInput, UpdateMaxRecordSizeOutput>({
  name: 'UpdateMaxRecordSize',
  input: () => ({ StreamARN: z.optional(streamArn()), MaxRecordSizeInKiB: int({ min: 1024, max: 10_240 }) }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException],
});
export const UpdateMaxRecordSizeCommand = /* @__PURE__ */ createCommand(UpdateMaxRecordSize);
export type UpdateMaxRecordSizeCommand = InstanceType<typeof UpdateMaxRecordSizeCommand>;
