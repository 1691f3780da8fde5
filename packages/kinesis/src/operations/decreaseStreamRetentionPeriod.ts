// DecreaseStreamRetentionPeriod: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Decreases how long records stay readable (down to 24 hours; the service checks the direction).
import { createCommand, defineOperation, int } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { onStream } from '../shapes.js';

export interface DecreaseStreamRetentionPeriodInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** Hours, an integer (the reference gives no range; the service keeps it within 24..8760 and
   * answers InvalidArgumentException otherwise). */
  RetentionPeriodHours: number;
}
/** The service answers with an empty body. */
export interface DecreaseStreamRetentionPeriodOutput {}

export const DecreaseStreamRetentionPeriod = /* @__PURE__ */ defineOperation<DecreaseStreamRetentionPeriodInput, DecreaseStreamRetentionPeriodOutput>({
  name: 'DecreaseStreamRetentionPeriod',
  input: () => onStream({ RetentionPeriodHours: int() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const DecreaseStreamRetentionPeriodCommand = /* @__PURE__ */ createCommand(DecreaseStreamRetentionPeriod);
export type DecreaseStreamRetentionPeriodCommand = InstanceType<typeof DecreaseStreamRetentionPeriodCommand>;
