// The AWS SDK v3's names for each command's input and output (`PutRecordsCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { MetadataBearer } from '@skiff/core';
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

export type AddTagsToStreamCommandInput = AddTagsToStreamInput;
export interface AddTagsToStreamCommandOutput extends AddTagsToStreamOutput, MetadataBearer {}
export type CreateStreamCommandInput = CreateStreamInput;
export interface CreateStreamCommandOutput extends CreateStreamOutput, MetadataBearer {}
export type DecreaseStreamRetentionPeriodCommandInput = DecreaseStreamRetentionPeriodInput;
export interface DecreaseStreamRetentionPeriodCommandOutput extends DecreaseStreamRetentionPeriodOutput, MetadataBearer {}
export type DeleteResourcePolicyCommandInput = DeleteResourcePolicyInput;
export interface DeleteResourcePolicyCommandOutput extends DeleteResourcePolicyOutput, MetadataBearer {}
export type DeleteStreamCommandInput = DeleteStreamInput;
export interface DeleteStreamCommandOutput extends DeleteStreamOutput, MetadataBearer {}
export type DeregisterStreamConsumerCommandInput = DeregisterStreamConsumerInput;
export interface DeregisterStreamConsumerCommandOutput extends DeregisterStreamConsumerOutput, MetadataBearer {}
export type DescribeLimitsCommandInput = DescribeLimitsInput;
export interface DescribeLimitsCommandOutput extends DescribeLimitsOutput, MetadataBearer {}
export type DescribeStreamCommandInput = DescribeStreamInput;
export interface DescribeStreamCommandOutput extends DescribeStreamOutput, MetadataBearer {}
export type DescribeStreamConsumerCommandInput = DescribeStreamConsumerInput;
export interface DescribeStreamConsumerCommandOutput extends DescribeStreamConsumerOutput, MetadataBearer {}
export type DescribeStreamSummaryCommandInput = DescribeStreamSummaryInput;
export interface DescribeStreamSummaryCommandOutput extends DescribeStreamSummaryOutput, MetadataBearer {}
export type DisableEnhancedMonitoringCommandInput = DisableEnhancedMonitoringInput;
export interface DisableEnhancedMonitoringCommandOutput extends DisableEnhancedMonitoringOutput, MetadataBearer {}
export type EnableEnhancedMonitoringCommandInput = EnableEnhancedMonitoringInput;
export interface EnableEnhancedMonitoringCommandOutput extends EnableEnhancedMonitoringOutput, MetadataBearer {}
export type GetRecordsCommandInput = GetRecordsInput;
export interface GetRecordsCommandOutput extends GetRecordsOutput, MetadataBearer {}
export type GetResourcePolicyCommandInput = GetResourcePolicyInput;
export interface GetResourcePolicyCommandOutput extends GetResourcePolicyOutput, MetadataBearer {}
export type GetShardIteratorCommandInput = GetShardIteratorInput;
export interface GetShardIteratorCommandOutput extends GetShardIteratorOutput, MetadataBearer {}
export type IncreaseStreamRetentionPeriodCommandInput = IncreaseStreamRetentionPeriodInput;
export interface IncreaseStreamRetentionPeriodCommandOutput extends IncreaseStreamRetentionPeriodOutput, MetadataBearer {}
export type ListShardsCommandInput = ListShardsInput;
export interface ListShardsCommandOutput extends ListShardsOutput, MetadataBearer {}
export type ListStreamConsumersCommandInput = ListStreamConsumersInput;
export interface ListStreamConsumersCommandOutput extends ListStreamConsumersOutput, MetadataBearer {}
export type ListStreamsCommandInput = ListStreamsInput;
export interface ListStreamsCommandOutput extends ListStreamsOutput, MetadataBearer {}
export type ListTagsForResourceCommandInput = ListTagsForResourceInput;
export interface ListTagsForResourceCommandOutput extends ListTagsForResourceOutput, MetadataBearer {}
export type ListTagsForStreamCommandInput = ListTagsForStreamInput;
export interface ListTagsForStreamCommandOutput extends ListTagsForStreamOutput, MetadataBearer {}
export type MergeShardsCommandInput = MergeShardsInput;
export interface MergeShardsCommandOutput extends MergeShardsOutput, MetadataBearer {}
export type PutRecordCommandInput = PutRecordInput;
export interface PutRecordCommandOutput extends PutRecordOutput, MetadataBearer {}
export type PutRecordsCommandInput = PutRecordsInput;
export interface PutRecordsCommandOutput extends PutRecordsOutput, MetadataBearer {}
export type PutResourcePolicyCommandInput = PutResourcePolicyInput;
export interface PutResourcePolicyCommandOutput extends PutResourcePolicyOutput, MetadataBearer {}
export type RegisterStreamConsumerCommandInput = RegisterStreamConsumerInput;
export interface RegisterStreamConsumerCommandOutput extends RegisterStreamConsumerOutput, MetadataBearer {}
export type RemoveTagsFromStreamCommandInput = RemoveTagsFromStreamInput;
export interface RemoveTagsFromStreamCommandOutput extends RemoveTagsFromStreamOutput, MetadataBearer {}
export type SplitShardCommandInput = SplitShardInput;
export interface SplitShardCommandOutput extends SplitShardOutput, MetadataBearer {}
export type StartStreamEncryptionCommandInput = StartStreamEncryptionInput;
export interface StartStreamEncryptionCommandOutput extends StartStreamEncryptionOutput, MetadataBearer {}
export type StopStreamEncryptionCommandInput = StopStreamEncryptionInput;
export interface StopStreamEncryptionCommandOutput extends StopStreamEncryptionOutput, MetadataBearer {}
export type TagResourceCommandInput = TagResourceInput;
export interface TagResourceCommandOutput extends TagResourceOutput, MetadataBearer {}
export type UntagResourceCommandInput = UntagResourceInput;
export interface UntagResourceCommandOutput extends UntagResourceOutput, MetadataBearer {}
export type UpdateMaxRecordSizeCommandInput = UpdateMaxRecordSizeInput;
export interface UpdateMaxRecordSizeCommandOutput extends UpdateMaxRecordSizeOutput, MetadataBearer {}
export type UpdateShardCountCommandInput = UpdateShardCountInput;
export interface UpdateShardCountCommandOutput extends UpdateShardCountOutput, MetadataBearer {}
export type UpdateStreamModeCommandInput = UpdateStreamModeInput;
export interface UpdateStreamModeCommandOutput extends UpdateStreamModeOutput, MetadataBearer {}
