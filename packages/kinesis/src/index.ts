// @skiff/kinesis: the Kinesis 2013-12-02 API as commands, plus paginators, waiters,
// partition-key routing and a shard reader.
export { KinesisClient, type KinesisClientConfig } from './KinesisClient.js';
export { kinesisService } from './service.js';

export { CreateStream, CreateStreamCommand, type CreateStreamInput, type CreateStreamOutput } from './operations/createStream.js';
export { DeleteStream, DeleteStreamCommand, type DeleteStreamInput, type DeleteStreamOutput } from './operations/deleteStream.js';
export { DescribeStream, DescribeStreamCommand, type DescribeStreamInput, type DescribeStreamOutput } from './operations/describeStream.js';
export { GetRecords, GetRecordsCommand, type GetRecordsInput, type GetRecordsOutput } from './operations/getRecords.js';
export { GetShardIterator, GetShardIteratorCommand, type GetShardIteratorInput, type GetShardIteratorOutput } from './operations/getShardIterator.js';
export { ListStreams, ListStreamsCommand, type ListStreamsInput, type ListStreamsOutput } from './operations/listStreams.js';
export { MergeShards, MergeShardsCommand, type MergeShardsInput, type MergeShardsOutput } from './operations/mergeShards.js';
export { PutRecord, PutRecordCommand, type PutRecordInput, type PutRecordOutput } from './operations/putRecord.js';
export { SplitShard, SplitShardCommand, type SplitShardInput, type SplitShardOutput } from './operations/splitShard.js';

export type { _Record, HashKeyRange, SequenceNumberRange, Shard, StreamDescription } from './shapes.js';
export { ShardIteratorType, StreamStatus } from './enums.js';
export * from './errors.js';
export { paginateDescribeStream, paginateListStreams } from './paginators.js';
export { waitUntilStreamExists, waitUntilStreamNotExists } from './waiters.js';

export { hashKeyOf, isOpenShard, parseHashKey, shardForHashKey, shardForPartitionKey } from './shardForPartitionKey.js';
export { readStream, ShardReader, type ShardReaderOptions, type StreamRecord } from './ShardReader.js';
export { planStart, type ReaderCheckpoint, type ReadStart, type ShardPlan, type StartPosition } from './planStart.js';

// Core pieces users reach for: errors to catch, and the types of config, pages and waiters.
export {
  AbortError, isServiceError, NetworkError, PaginationError, ParamValidationError, ServiceError, TimeoutError, WaiterError,
  type ClientConfig, type ClientHooks, type Credentials, type Logger, type CredentialProvider, type HttpRequest, type HttpResponse, type Page,
  type PaginationConfig, type SendOptions, type Transport, type WaiterConfig, type WaiterResult,
} from '@skiff/core';
export type * from './commandTypes.js';
export * from './v3Aliases.js';
