// IncreaseStreamRetentionPeriod: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Increases how long records stay readable (up to 8760 hours (365 days); the service checks the
// direction).
import { createCommand, defineOperation, int } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { onStream } from '../shapes.js';

export interface IncreaseStreamRetentionPeriodInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** Hours, an integer (the reference gives no range; the service keeps it within 24..8760 and
   * answers InvalidArgumentException otherwise). */
  RetentionPeriodHours: number;
}
/** The service answers with an empty body. */
export interface IncreaseStreamRetentionPeriodOutput {}

export const IncreaseStreamRetentionPeriod = /* @__PURE__ */ defineOperation<IncreaseStreamRetentionPeriodInput, IncreaseStreamRetentionPeriodOutput>({
  name: 'IncreaseStreamRetentionPeriod',
  input: () => onStream({ RetentionPeriodHours: int() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const IncreaseStreamRetentionPeriodCommand = /* @__PURE__ */ createCommand(IncreaseStreamRetentionPeriod);
export type IncreaseStreamRetentionPeriodCommand = InstanceType<typeof IncreaseStreamRetentionPeriodCommand>;
