// @skiff/kinesis: the Kinesis 2013-12-02 API (today's, PutRecords to UpdateMaxRecordSize) as commands, plus paginators, waiters,
// partition-key routing and a shard reader.
export { KinesisClient, type KinesisClientConfig } from './KinesisClient.js';
export { kinesisService } from './service.js';

export { CreateStream, CreateStreamCommand, type CreateStreamInput, type CreateStreamOutput } from './operations/createStream.js';
export { DeleteStream, DeleteStreamCommand, type DeleteStreamInput, type DeleteStreamOutput } from './operations/deleteStream.js';
export { DescribeStream, DescribeStreamCommand, type DescribeStreamInput, type DescribeStreamOutput } from './operations/describeStream.js';
export { GetRecords, GetRecordsCommand, type GetRecordsInput, type GetRecordsOutput, type ChildShard } from './operations/getRecords.js';
export { GetShardIterator, GetShardIteratorCommand, type GetShardIteratorInput, type GetShardIteratorOutput } from './operations/getShardIterator.js';
export { ListStreams, ListStreamsCommand, type ListStreamsInput, type ListStreamsOutput, type StreamSummary } from './operations/listStreams.js';
export { MergeShards, MergeShardsCommand, type MergeShardsInput, type MergeShardsOutput } from './operations/mergeShards.js';
export { PutRecord, PutRecordCommand, type PutRecordInput, type PutRecordOutput } from './operations/putRecord.js';
export { SplitShard, SplitShardCommand, type SplitShardInput, type SplitShardOutput } from './operations/splitShard.js';
// Today's API (the live 2013-12-02 API beyond the 2013 document).
export { PutRecords, PutRecordsCommand, type PutRecordsInput, type PutRecordsOutput, type PutRecordsRequestEntry, type PutRecordsResultEntry } from './operations/putRecords.js';
export { ListShards, ListShardsCommand, type ListShardsInput, type ListShardsOutput, SHARD_FILTER_TYPES, type ShardFilter } from './operations/listShards.js';
export { DescribeStreamSummary, DescribeStreamSummaryCommand, type DescribeStreamSummaryInput, type DescribeStreamSummaryOutput, type StreamDescriptionSummary } from './operations/describeStreamSummary.js';
export { AddTagsToStream, AddTagsToStreamCommand, type AddTagsToStreamInput, type AddTagsToStreamOutput } from './operations/addTagsToStream.js';
export { RemoveTagsFromStream, RemoveTagsFromStreamCommand, type RemoveTagsFromStreamInput, type RemoveTagsFromStreamOutput } from './operations/removeTagsFromStream.js';
export { ListTagsForStream, ListTagsForStreamCommand, type ListTagsForStreamInput, type ListTagsForStreamOutput } from './operations/listTagsForStream.js';
export { IncreaseStreamRetentionPeriod, IncreaseStreamRetentionPeriodCommand, type IncreaseStreamRetentionPeriodInput, type IncreaseStreamRetentionPeriodOutput } from './operations/increaseStreamRetentionPeriod.js';
export { DecreaseStreamRetentionPeriod, DecreaseStreamRetentionPeriodCommand, type DecreaseStreamRetentionPeriodInput, type DecreaseStreamRetentionPeriodOutput } from './operations/decreaseStreamRetentionPeriod.js';
export { UpdateShardCount, UpdateShardCountCommand, type UpdateShardCountInput, type UpdateShardCountOutput } from './operations/updateShardCount.js';
export { UpdateStreamMode, UpdateStreamModeCommand, type UpdateStreamModeInput, type UpdateStreamModeOutput } from './operations/updateStreamMode.js';
export { StartStreamEncryption, StartStreamEncryptionCommand, type StartStreamEncryptionInput, type StartStreamEncryptionOutput } from './operations/startStreamEncryption.js';
export { StopStreamEncryption, StopStreamEncryptionCommand, type StopStreamEncryptionInput, type StopStreamEncryptionOutput } from './operations/stopStreamEncryption.js';
export { EnableEnhancedMonitoring, EnableEnhancedMonitoringCommand, type EnableEnhancedMonitoringInput, type EnableEnhancedMonitoringOutput } from './operations/enableEnhancedMonitoring.js';
export { DisableEnhancedMonitoring, DisableEnhancedMonitoringCommand, type DisableEnhancedMonitoringInput, type DisableEnhancedMonitoringOutput } from './operations/disableEnhancedMonitoring.js';
export { RegisterStreamConsumer, RegisterStreamConsumerCommand, type RegisterStreamConsumerInput, type RegisterStreamConsumerOutput, type Consumer } from './operations/registerStreamConsumer.js';
export { DescribeStreamConsumer, DescribeStreamConsumerCommand, type DescribeStreamConsumerInput, type DescribeStreamConsumerOutput, type ConsumerDescription } from './operations/describeStreamConsumer.js';
export { ListStreamConsumers, ListStreamConsumersCommand, type ListStreamConsumersInput, type ListStreamConsumersOutput } from './operations/listStreamConsumers.js';
export { DeregisterStreamConsumer, DeregisterStreamConsumerCommand, type DeregisterStreamConsumerInput, type DeregisterStreamConsumerOutput } from './operations/deregisterStreamConsumer.js';
export { PutResourcePolicy, PutResourcePolicyCommand, type PutResourcePolicyInput, type PutResourcePolicyOutput } from './operations/putResourcePolicy.js';
export { GetResourcePolicy, GetResourcePolicyCommand, type GetResourcePolicyInput, type GetResourcePolicyOutput } from './operations/getResourcePolicy.js';
export { DeleteResourcePolicy, DeleteResourcePolicyCommand, type DeleteResourcePolicyInput, type DeleteResourcePolicyOutput } from './operations/deleteResourcePolicy.js';
export { DescribeLimits, DescribeLimitsCommand, type DescribeLimitsInput, type DescribeLimitsOutput } from './operations/describeLimits.js';
export { TagResource, TagResourceCommand, type TagResourceInput, type TagResourceOutput } from './operations/tagResource.js';
export { UntagResource, UntagResourceCommand, type UntagResourceInput, type UntagResourceOutput } from './operations/untagResource.js';
export { ListTagsForResource, ListTagsForResourceCommand, type ListTagsForResourceInput, type ListTagsForResourceOutput } from './operations/listTagsForResource.js';
export { UpdateMaxRecordSize, UpdateMaxRecordSizeCommand, type UpdateMaxRecordSizeInput, type UpdateMaxRecordSizeOutput } from './operations/updateMaxRecordSize.js';

export type {
  _Record, EnhancedMetrics, HashKeyRange, SequenceNumberRange, Shard, StreamDescription, StreamModeDetails, Tag,
} from './shapes.js';
export { MAX_DATA_BYTES } from './shapes.js';
export { ConsumerStatus, EncryptionType, MetricsName, ScalingType, ShardFilterType, ShardIteratorType, StreamMode, StreamStatus } from './enums.js';
export * from './errors.js';
export { paginateDescribeStream, paginateListShards, paginateListStreamConsumers, paginateListStreams } from './paginators.js';
export { waitUntilStreamExists, waitUntilStreamNotExists } from './waiters.js';

export { hashKeyOf, isOpenShard, parseHashKey, shardForHashKey, shardForPartitionKey } from './shardForPartitionKey.js';
export { aggregate, type AggregatedRecord, type AggregationInput } from './aggregate.js';
export { deaggregate, hasAggregationMagic, type DeaggregationInput, type UserRecord } from './deaggregate.js';
export { KinesisProducer, ProducerRecordError, type KinesisProducerOptions, type ProducerRecord, type ProducerResult } from './KinesisProducer.js';
export { readStream, ShardReader, type ShardReaderOptions, type StreamRecord } from './ShardReader.js';
export { planStart, type ReaderCheckpoint, type ReadStart, type ShardPlan, type StartPosition } from './planStart.js';

// Core pieces users reach for: errors to catch, and the types of config, pages and waiters.
export {
  AbortError, isServiceError, NetworkError, PaginationError, ParamValidationError, ServiceError, TimeoutError, WaiterError,
  type ClientConfig, type ClientHooks, type Credentials, type Logger, type CredentialProvider, type HttpRequest, type HttpResponse, type Page,
  type PaginationConfig, type SendOptions, type Transport, type WaiterConfig, type WaiterResult,
} from '@skiff/core';

export { KinesisConsumer, type BatchContext, type ConsumerRecord, type ConsumerMetrics, type KinesisConsumerOptions, type RecordHandler } from './KinesisConsumer.js';
export { LATEST, SHARD_END, TRIM_HORIZON, type Lease, type LeaseStore } from './LeaseStore.js';
export { InMemoryLeaseStore } from './InMemoryLeaseStore.js';
export { isExpired, leasesToTake, updateSightings, type Sighting, type TakeOptions } from './leasesToTake.js';
export type * from './commandTypes.js';
export * from './v3Aliases.js';
