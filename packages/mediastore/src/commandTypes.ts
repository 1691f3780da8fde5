// The AWS SDK v3's names for each command's input and output (`PutObjectCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { LooseInput, MetadataBearer } from '@skiff/core';
import type {
  CreateContainerInput, CreateContainerOutput,
  DeleteContainerInput, DeleteContainerOutput,
  DeleteContainerPolicyInput, DeleteContainerPolicyOutput,
  DeleteCorsPolicyInput, DeleteCorsPolicyOutput,
  DeleteLifecyclePolicyInput, DeleteLifecyclePolicyOutput,
  DeleteMetricPolicyInput, DeleteMetricPolicyOutput,
  DescribeContainerInput, DescribeContainerOutput,
  GetContainerPolicyInput, GetContainerPolicyOutput,
  GetCorsPolicyInput, GetCorsPolicyOutput,
  GetLifecyclePolicyInput, GetLifecyclePolicyOutput,
  GetMetricPolicyInput, GetMetricPolicyOutput,
  ListContainersInput, ListContainersOutput,
  ListTagsForResourceInput, ListTagsForResourceOutput,
  PutContainerPolicyInput, PutContainerPolicyOutput,
  PutCorsPolicyInput, PutCorsPolicyOutput,
  PutLifecyclePolicyInput, PutLifecyclePolicyOutput,
  PutMetricPolicyInput, PutMetricPolicyOutput,
  StartAccessLoggingInput, StartAccessLoggingOutput,
  StopAccessLoggingInput, StopAccessLoggingOutput,
  TagResourceInput, TagResourceOutput,
  UntagResourceInput, UntagResourceOutput,
} from './index.js';

export type CreateContainerCommandInput = LooseInput<CreateContainerInput>;
export interface CreateContainerCommandOutput extends CreateContainerOutput, MetadataBearer {}
export type DeleteContainerCommandInput = LooseInput<DeleteContainerInput>;
export interface DeleteContainerCommandOutput extends DeleteContainerOutput, MetadataBearer {}
export type DeleteContainerPolicyCommandInput = LooseInput<DeleteContainerPolicyInput>;
export interface DeleteContainerPolicyCommandOutput extends DeleteContainerPolicyOutput, MetadataBearer {}
export type DeleteCorsPolicyCommandInput = LooseInput<DeleteCorsPolicyInput>;
export interface DeleteCorsPolicyCommandOutput extends DeleteCorsPolicyOutput, MetadataBearer {}
export type DeleteLifecyclePolicyCommandInput = LooseInput<DeleteLifecyclePolicyInput>;
export interface DeleteLifecyclePolicyCommandOutput extends DeleteLifecyclePolicyOutput, MetadataBearer {}
export type DeleteMetricPolicyCommandInput = LooseInput<DeleteMetricPolicyInput>;
export interface DeleteMetricPolicyCommandOutput extends DeleteMetricPolicyOutput, MetadataBearer {}
export type DescribeContainerCommandInput = LooseInput<DescribeContainerInput>;
export interface DescribeContainerCommandOutput extends DescribeContainerOutput, MetadataBearer {}
export type GetContainerPolicyCommandInput = LooseInput<GetContainerPolicyInput>;
export interface GetContainerPolicyCommandOutput extends GetContainerPolicyOutput, MetadataBearer {}
export type GetCorsPolicyCommandInput = LooseInput<GetCorsPolicyInput>;
export interface GetCorsPolicyCommandOutput extends GetCorsPolicyOutput, MetadataBearer {}
export type GetLifecyclePolicyCommandInput = LooseInput<GetLifecyclePolicyInput>;
export interface GetLifecyclePolicyCommandOutput extends GetLifecyclePolicyOutput, MetadataBearer {}
export type GetMetricPolicyCommandInput = LooseInput<GetMetricPolicyInput>;
export interface GetMetricPolicyCommandOutput extends GetMetricPolicyOutput, MetadataBearer {}
export type ListContainersCommandInput = LooseInput<ListContainersInput>;
export interface ListContainersCommandOutput extends ListContainersOutput, MetadataBearer {}
export type ListTagsForResourceCommandInput = LooseInput<ListTagsForResourceInput>;
export interface ListTagsForResourceCommandOutput extends ListTagsForResourceOutput, MetadataBearer {}
export type PutContainerPolicyCommandInput = LooseInput<PutContainerPolicyInput>;
export interface PutContainerPolicyCommandOutput extends PutContainerPolicyOutput, MetadataBearer {}
export type PutCorsPolicyCommandInput = LooseInput<PutCorsPolicyInput>;
export interface PutCorsPolicyCommandOutput extends PutCorsPolicyOutput, MetadataBearer {}
export type PutLifecyclePolicyCommandInput = LooseInput<PutLifecyclePolicyInput>;
export interface PutLifecyclePolicyCommandOutput extends PutLifecyclePolicyOutput, MetadataBearer {}
export type PutMetricPolicyCommandInput = LooseInput<PutMetricPolicyInput>;
export interface PutMetricPolicyCommandOutput extends PutMetricPolicyOutput, MetadataBearer {}
export type StartAccessLoggingCommandInput = LooseInput<StartAccessLoggingInput>;
export interface StartAccessLoggingCommandOutput extends StartAccessLoggingOutput, MetadataBearer {}
export type StopAccessLoggingCommandInput = LooseInput<StopAccessLoggingInput>;
export interface StopAccessLoggingCommandOutput extends StopAccessLoggingOutput, MetadataBearer {}
export type TagResourceCommandInput = LooseInput<TagResourceInput>;
export interface TagResourceCommandOutput extends TagResourceOutput, MetadataBearer {}
export type UntagResourceCommandInput = LooseInput<UntagResourceInput>;
export interface UntagResourceCommandOutput extends UntagResourceOutput, MetadataBearer {}
