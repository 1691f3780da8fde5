// The AWS SDK v3's names for each command's input and output (`PutObjectCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { LooseInput, MetadataBearer } from '@skiff/core';
import type {
  DeleteObjectInput, DeleteObjectOutput,
  DescribeObjectInput, DescribeObjectOutput,
  GetObjectInput, GetObjectOutput,
  ListItemsInput, ListItemsOutput,
  PutObjectInput, PutObjectOutput,
} from './index.js';

export type DeleteObjectCommandInput = LooseInput<DeleteObjectInput>;
export interface DeleteObjectCommandOutput extends DeleteObjectOutput, MetadataBearer {}
export type DescribeObjectCommandInput = LooseInput<DescribeObjectInput>;
export interface DescribeObjectCommandOutput extends DescribeObjectOutput, MetadataBearer {}
export type GetObjectCommandInput = LooseInput<GetObjectInput>;
export interface GetObjectCommandOutput extends GetObjectOutput, MetadataBearer {}
export type ListItemsCommandInput = LooseInput<ListItemsInput>;
export interface ListItemsCommandOutput extends ListItemsOutput, MetadataBearer {}
export type PutObjectCommandInput = LooseInput<PutObjectInput>;
export interface PutObjectCommandOutput extends PutObjectOutput, MetadataBearer {}

// v3's request names for the inputs (`PutObjectRequest`).
export type DeleteObjectRequest = DeleteObjectInput;
export type DescribeObjectRequest = DescribeObjectInput;
export type GetObjectRequest = GetObjectInput;
export type ListItemsRequest = ListItemsInput;
export type PutObjectRequest = PutObjectInput;
