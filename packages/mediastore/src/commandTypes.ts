// The AWS SDK v3's names for each command's input and output (`PutObjectCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { MetadataBearer } from '@skiff/core';
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

export type CreateContainerCommandInput = CreateContainerInput;
export interface CreateContainerCommandOutput extends CreateContainerOutput, MetadataBearer {}
export type DeleteContainerCommandInput = DeleteContainerInput;
export interface DeleteContainerCommandOutput extends DeleteContainerOutput, MetadataBearer {}
export type DeleteContainerPolicyCommandInput = DeleteContainerPolicyInput;
export interface DeleteContainerPolicyCommandOutput extends DeleteContainerPolicyOutput, MetadataBearer {}
export type DeleteCorsPolicyCommandInput = DeleteCorsPolicyInput;
export interface DeleteCorsPolicyCommandOutput extends DeleteCorsPolicyOutput, MetadataBearer {}
export type DeleteLifecyclePolicyCommandInput = DeleteLifecyclePolicyInput;
export interface DeleteLifecyclePolicyCommandOutput extends DeleteLifecyclePolicyOutput, MetadataBearer {}
export type DeleteMetricPolicyCommandInput = DeleteMetricPolicyInput;
export interface DeleteMetricPolicyCommandOutput extends DeleteMetricPolicyOutput, MetadataBearer {}
export type DescribeContainerCommandInput = DescribeContainerInput;
export interface DescribeContainerCommandOutput extends DescribeContainerOutput, MetadataBearer {}
export type GetContainerPolicyCommandInput = GetContainerPolicyInput;
export interface GetContainerPolicyCommandOutput extends GetContainerPolicyOutput, MetadataBearer {}
export type GetCorsPolicyCommandInput = GetCorsPolicyInput;
export interface GetCorsPolicyCommandOutput extends GetCorsPolicyOutput, MetadataBearer {}
export type GetLifecyclePolicyCommandInput = GetLifecyclePolicyInput;
export interface GetLifecyclePolicyCommandOutput extends GetLifecyclePolicyOutput, MetadataBearer {}
export type GetMetricPolicyCommandInput = GetMetricPolicyInput;
export interface GetMetricPolicyCommandOutput extends GetMetricPolicyOutput, MetadataBearer {}
export type ListContainersCommandInput = ListContainersInput;
export interface ListContainersCommandOutput extends ListContainersOutput, MetadataBearer {}
export type ListTagsForResourceCommandInput = ListTagsForResourceInput;
export interface ListTagsForResourceCommandOutput extends ListTagsForResourceOutput, MetadataBearer {}
export type PutContainerPolicyCommandInput = PutContainerPolicyInput;
export interface PutContainerPolicyCommandOutput extends PutContainerPolicyOutput, MetadataBearer {}
export type PutCorsPolicyCommandInput = PutCorsPolicyInput;
export interface PutCorsPolicyCommandOutput extends PutCorsPolicyOutput, MetadataBearer {}
export type PutLifecyclePolicyCommandInput = PutLifecyclePolicyInput;
export interface PutLifecyclePolicyCommandOutput extends PutLifecyclePolicyOutput, MetadataBearer {}
export type PutMetricPolicyCommandInput = PutMetricPolicyInput;
export interface PutMetricPolicyCommandOutput extends PutMetricPolicyOutput, MetadataBearer {}
export type StartAccessLoggingCommandInput = StartAccessLoggingInput;
export interface StartAccessLoggingCommandOutput extends StartAccessLoggingOutput, MetadataBearer {}
export type StopAccessLoggingCommandInput = StopAccessLoggingInput;
export interface StopAccessLoggingCommandOutput extends StopAccessLoggingOutput, MetadataBearer {}
export type TagResourceCommandInput = TagResourceInput;
export interface TagResourceCommandOutput extends TagResourceOutput, MetadataBearer {}
export type UntagResourceCommandInput = UntagResourceInput;
export interface UntagResourceCommandOutput extends UntagResourceOutput, MetadataBearer {}
