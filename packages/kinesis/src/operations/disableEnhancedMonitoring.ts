// DisableEnhancedMonitoring: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Disables shard-level CloudWatch metrics.
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { metricsList, onStream, type MetricsName } from '../shapes.js';

export interface DisableEnhancedMonitoringInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** 1..7 metric names, or ALL. */
  ShardLevelMetrics: MetricsName[];
}
export interface DisableEnhancedMonitoringOutput {
  StreamName?: string;
  CurrentShardLevelMetrics?: MetricsName[];
  DesiredShardLevelMetrics?: MetricsName[];
  StreamARN?: string;
}

export const DisableEnhancedMonitoring = /* @__PURE__ */ defineOperation<DisableEnhancedMonitoringInput, DisableEnhancedMonitoringOutput>({
  name: 'DisableEnhancedMonitoring',
  input: () => onStream({ ShardLevelMetrics: metricsList() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const DisableEnhancedMonitoringCommand = /* @__PURE__ */ createCommand(DisableEnhancedMonitoring);
export type DisableEnhancedMonitoringCommand = InstanceType<typeof DisableEnhancedMonitoringCommand>;
