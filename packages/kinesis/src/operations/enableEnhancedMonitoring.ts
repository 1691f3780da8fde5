// EnableEnhancedMonitoring: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Enables shard-level CloudWatch metrics.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { metricsList, onStream, type MetricsName } from '../shapes.js';

export interface EnableEnhancedMonitoringInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** 1..7 metric names, or ALL. */
  ShardLevelMetrics: MetricsName[];
}
export interface EnableEnhancedMonitoringOutput {
  StreamName?: string;
  CurrentShardLevelMetrics?: MetricsName[];
  DesiredShardLevelMetrics?: MetricsName[];
  StreamARN?: string;
}

export const EnableEnhancedMonitoring = /* @__PURE__ */ defineOperation<EnableEnhancedMonitoringInput, EnableEnhancedMonitoringOutput>({
  name: 'EnableEnhancedMonitoring',
  input: () => onStream({ ShardLevelMetrics: metricsList() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const EnableEnhancedMonitoringCommand = /* @__PURE__ */ createCommand(EnableEnhancedMonitoring);
export type EnableEnhancedMonitoringCommand = InstanceType<typeof EnableEnhancedMonitoringCommand>;
