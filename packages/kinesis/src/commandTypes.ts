// The AWS SDK v3's names for each command's input and output (`PutObjectCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { MetadataBearer } from '@skiff/core';
import type {
  CreateStreamInput, CreateStreamOutput,
  DeleteStreamInput, DeleteStreamOutput,
  DescribeStreamInput, DescribeStreamOutput,
  GetRecordsInput, GetRecordsOutput,
  GetShardIteratorInput, GetShardIteratorOutput,
  ListStreamsInput, ListStreamsOutput,
  MergeShardsInput, MergeShardsOutput,
  PutRecordInput, PutRecordOutput,
  SplitShardInput, SplitShardOutput,
} from './index.js';

export type CreateStreamCommandInput = CreateStreamInput;
export interface CreateStreamCommandOutput extends CreateStreamOutput, MetadataBearer {}
export type DeleteStreamCommandInput = DeleteStreamInput;
export interface DeleteStreamCommandOutput extends DeleteStreamOutput, MetadataBearer {}
export type DescribeStreamCommandInput = DescribeStreamInput;
export interface DescribeStreamCommandOutput extends DescribeStreamOutput, MetadataBearer {}
export type GetRecordsCommandInput = GetRecordsInput;
export interface GetRecordsCommandOutput extends GetRecordsOutput, MetadataBearer {}
export type GetShardIteratorCommandInput = GetShardIteratorInput;
export interface GetShardIteratorCommandOutput extends GetShardIteratorOutput, MetadataBearer {}
export type ListStreamsCommandInput = ListStreamsInput;
export interface ListStreamsCommandOutput extends ListStreamsOutput, MetadataBearer {}
export type MergeShardsCommandInput = MergeShardsInput;
export interface MergeShardsCommandOutput extends MergeShardsOutput, MetadataBearer {}
export type PutRecordCommandInput = PutRecordInput;
export interface PutRecordCommandOutput extends PutRecordOutput, MetadataBearer {}
export type SplitShardCommandInput = SplitShardInput;
export interface SplitShardCommandOutput extends SplitShardOutput, MetadataBearer {}
