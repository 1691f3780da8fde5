// DescribeStreamSummary: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// A stream's description without its shards.
import { createCommand, defineOperation, struct } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { onStream, type EncryptionType, type EnhancedMetrics, type StreamModeDetails, type StreamStatus } from '../shapes.js';

export interface DescribeStreamSummaryInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
}
export interface StreamDescriptionSummary {
  StreamName: string;
  StreamARN: string;
  StreamStatus: StreamStatus | (string & {});
  StreamModeDetails?: StreamModeDetails;
  RetentionPeriodHours: number;
  StreamCreationTimestamp: Date;
  EnhancedMonitoring: EnhancedMetrics[];
  EncryptionType?: EncryptionType;
  KeyId?: string;
  OpenShardCount: number;
  ConsumerCount?: number;
  MaxRecordSizeInKiB?: number;
}
export interface DescribeStreamSummaryOutput {
  StreamDescriptionSummary?: StreamDescriptionSummary;
}

export const DescribeStreamSummary = /* @__PURE__ */ defineOperation<DescribeStreamSummaryInput, DescribeStreamSummaryOutput>({
  name: 'DescribeStreamSummary',
  input: () => onStream({}),
  output: { StreamDescriptionSummary: /* @__PURE__ */ struct({ StreamCreationTimestamp: 'timestamp' }) },
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceNotFoundException],
});
export const DescribeStreamSummaryCommand = /* @__PURE__ */ createCommand(DescribeStreamSummary);
export type DescribeStreamSummaryCommand = InstanceType<typeof DescribeStreamSummaryCommand>;
