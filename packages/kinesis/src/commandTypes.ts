// The AWS SDK v3's names for each command's input and output (`PutRecordsCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { LooseInput, MetadataBearer } from '@skiff/core';
import type {
  AddTagsToStreamInput, AddTagsToStreamOutput,
  CreateStreamInput, CreateStreamOutput,
  DecreaseStreamRetentionPeriodInput, DecreaseStreamRetentionPeriodOutput,
  DeleteResourcePolicyInput, DeleteResourcePolicyOutput,
  DeleteStreamInput, DeleteStreamOutput,
  DeregisterStreamConsumerInput, DeregisterStreamConsumerOutput,
  DescribeLimitsInput, DescribeLimitsOutput,
  DescribeStreamInput, DescribeStreamOutput,
  DescribeStreamConsumerInput, DescribeStreamConsumerOutput,
  DescribeStreamSummaryInput, DescribeStreamSummaryOutput,
  DisableEnhancedMonitoringInput, DisableEnhancedMonitoringOutput,
  EnableEnhancedMonitoringInput, EnableEnhancedMonitoringOutput,
  GetRecordsInput, GetRecordsOutput,
  GetResourcePolicyInput, GetResourcePolicyOutput,
  GetShardIteratorInput, GetShardIteratorOutput,
  IncreaseStreamRetentionPeriodInput, IncreaseStreamRetentionPeriodOutput,
  ListShardsInput, ListShardsOutput,
  ListStreamConsumersInput, ListStreamConsumersOutput,
  ListStreamsInput, ListStreamsOutput,
  ListTagsForResourceInput, ListTagsForResourceOutput,
  ListTagsForStreamInput, ListTagsForStreamOutput,
  MergeShardsInput, MergeShardsOutput,
  PutRecordInput, PutRecordOutput,
  PutRecordsInput, PutRecordsOutput,
  PutResourcePolicyInput, PutResourcePolicyOutput,
  RegisterStreamConsumerInput, RegisterStreamConsumerOutput,
  RemoveTagsFromStreamInput, RemoveTagsFromStreamOutput,
  SplitShardInput, SplitShardOutput,
  StartStreamEncryptionInput, StartStreamEncryptionOutput,
  StopStreamEncryptionInput, StopStreamEncryptionOutput,
  TagResourceInput, TagResourceOutput,
  UntagResourceInput, UntagResourceOutput,
  UpdateMaxRecordSizeInput, UpdateMaxRecordSizeOutput,
  UpdateShardCountInput, UpdateShardCountOutput,
  UpdateStreamModeInput, UpdateStreamModeOutput,
} from './index.js';

export type AddTagsToStreamCommandInput = LooseInput<AddTagsToStreamInput>;
export interface AddTagsToStreamCommandOutput extends AddTagsToStreamOutput, MetadataBearer {}
export type CreateStreamCommandInput = LooseInput<CreateStreamInput>;
export interface CreateStreamCommandOutput extends CreateStreamOutput, MetadataBearer {}
export type DecreaseStreamRetentionPeriodCommandInput = LooseInput<DecreaseStreamRetentionPeriodInput>;
export interface DecreaseStreamRetentionPeriodCommandOutput extends DecreaseStreamRetentionPeriodOutput, MetadataBearer {}
export type DeleteResourcePolicyCommandInput = LooseInput<DeleteResourcePolicyInput>;
export interface DeleteResourcePolicyCommandOutput extends DeleteResourcePolicyOutput, MetadataBearer {}
export type DeleteStreamCommandInput = LooseInput<DeleteStreamInput>;
export interface DeleteStreamCommandOutput extends DeleteStreamOutput, MetadataBearer {}
export type DeregisterStreamConsumerCommandInput = LooseInput<DeregisterStreamConsumerInput>;
export interface DeregisterStreamConsumerCommandOutput extends DeregisterStreamConsumerOutput, MetadataBearer {}
export type DescribeLimitsCommandInput = LooseInput<DescribeLimitsInput>;
export interface DescribeLimitsCommandOutput extends DescribeLimitsOutput, MetadataBearer {}
export type DescribeStreamCommandInput = LooseInput<DescribeStreamInput>;
export interface DescribeStreamCommandOutput extends DescribeStreamOutput, MetadataBearer {}
export type DescribeStreamConsumerCommandInput = LooseInput<DescribeStreamConsumerInput>;
export interface DescribeStreamConsumerCommandOutput extends DescribeStreamConsumerOutput, MetadataBearer {}
export type DescribeStreamSummaryCommandInput = LooseInput<DescribeStreamSummaryInput>;
export interface DescribeStreamSummaryCommandOutput extends DescribeStreamSummaryOutput, MetadataBearer {}
export type DisableEnhancedMonitoringCommandInput = LooseInput<DisableEnhancedMonitoringInput>;
export interface DisableEnhancedMonitoringCommandOutput extends DisableEnhancedMonitoringOutput, MetadataBearer {}
export type EnableEnhancedMonitoringCommandInput = LooseInput<EnableEnhancedMonitoringInput>;
export interface EnableEnhancedMonitoringCommandOutput extends EnableEnhancedMonitoringOutput, MetadataBearer {}
export type GetRecordsCommandInput = LooseInput<GetRecordsInput>;
export interface GetRecordsCommandOutput extends GetRecordsOutput, MetadataBearer {}
export type GetResourcePolicyCommandInput = LooseInput<GetResourcePolicyInput>;
export interface GetResourcePolicyCommandOutput extends GetResourcePolicyOutput, MetadataBearer {}
export type GetShardIteratorCommandInput = LooseInput<GetShardIteratorInput>;
export interface GetShardIteratorCommandOutput extends GetShardIteratorOutput, MetadataBearer {}
export type IncreaseStreamRetentionPeriodCommandInput = LooseInput<IncreaseStreamRetentionPeriodInput>;
export interface IncreaseStreamRetentionPeriodCommandOutput extends IncreaseStreamRetentionPeriodOutput, MetadataBearer {}
export type ListShardsCommandInput = LooseInput<ListShardsInput>;
export interface ListShardsCommandOutput extends ListShardsOutput, MetadataBearer {}
export type ListStreamConsumersCommandInput = LooseInput<ListStreamConsumersInput>;
export interface ListStreamConsumersCommandOutput extends ListStreamConsumersOutput, MetadataBearer {}
export type ListStreamsCommandInput = LooseInput<ListStreamsInput>;
export interface ListStreamsCommandOutput extends ListStreamsOutput, MetadataBearer {}
export type ListTagsForResourceCommandInput = LooseInput<ListTagsForResourceInput>;
export interface ListTagsForResourceCommandOutput extends ListTagsForResourceOutput, MetadataBearer {}
export type ListTagsForStreamCommandInput = LooseInput<ListTagsForStreamInput>;
export interface ListTagsForStreamCommandOutput extends ListTagsForStreamOutput, MetadataBearer {}
export type MergeShardsCommandInput = LooseInput<MergeShardsInput>;
export interface MergeShardsCommandOutput extends MergeShardsOutput, MetadataBearer {}
export type PutRecordCommandInput = LooseInput<PutRecordInput>;
export interface PutRecordCommandOutput extends PutRecordOutput, MetadataBearer {}
export type PutRecordsCommandInput = LooseInput<PutRecordsInput>;
export interface PutRecordsCommandOutput extends PutRecordsOutput, MetadataBearer {}
export type PutResourcePolicyCommandInput = LooseInput<PutResourcePolicyInput>;
export interface PutResourcePolicyCommandOutput extends PutResourcePolicyOutput, MetadataBearer {}
export type RegisterStreamConsumerCommandInput = LooseInput<RegisterStreamConsumerInput>;
export interface RegisterStreamConsumerCommandOutput extends RegisterStreamConsumerOutput, MetadataBearer {}
export type RemoveTagsFromStreamCommandInput = LooseInput<RemoveTagsFromStreamInput>;
export interface RemoveTagsFromStreamCommandOutput extends RemoveTagsFromStreamOutput, MetadataBearer {}
export type SplitShardCommandInput = LooseInput<SplitShardInput>;
export interface SplitShardCommandOutput extends SplitShardOutput, MetadataBearer {}
export type StartStreamEncryptionCommandInput = LooseInput<StartStreamEncryptionInput>;
export interface StartStreamEncryptionCommandOutput extends StartStreamEncryptionOutput, MetadataBearer {}
export type StopStreamEncryptionCommandInput = LooseInput<StopStreamEncryptionInput>;
export interface StopStreamEncryptionCommandOutput extends StopStreamEncryptionOutput, MetadataBearer {}
export type TagResourceCommandInput = LooseInput<TagResourceInput>;
export interface TagResourceCommandOutput extends TagResourceOutput, MetadataBearer {}
export type UntagResourceCommandInput = LooseInput<UntagResourceInput>;
export interface UntagResourceCommandOutput extends UntagResourceOutput, MetadataBearer {}
export type UpdateMaxRecordSizeCommandInput = LooseInput<UpdateMaxRecordSizeInput>;
export interface UpdateMaxRecordSizeCommandOutput extends UpdateMaxRecordSizeOutput, MetadataBearer {}
export type UpdateShardCountCommandInput = LooseInput<UpdateShardCountInput>;
export interface UpdateShardCountCommandOutput extends UpdateShardCountOutput, MetadataBearer {}
export type UpdateStreamModeCommandInput = LooseInput<UpdateStreamModeInput>;
export interface UpdateStreamModeCommandOutput extends UpdateStreamModeOutput, MetadataBearer {}
