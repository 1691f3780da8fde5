// The AWS SDK v3's names for each command's input and output (`PutObjectCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { LooseInput, MetadataBearer } from '@skiff/core';
import type {
  AttachGroupPolicyInput, AttachGroupPolicyOutput,
  AttachUserPolicyInput, AttachUserPolicyOutput,
  DetachGroupPolicyInput, DetachGroupPolicyOutput,
  DetachUserPolicyInput, DetachUserPolicyOutput,
  GetPolicyInput, GetPolicyOutput,
  GetPolicyVersionInput, GetPolicyVersionOutput,
  ListAttachedGroupPoliciesInput, ListAttachedGroupPoliciesOutput,
  ListAttachedUserPoliciesInput, ListAttachedUserPoliciesOutput,
  ListPoliciesInput, ListPoliciesOutput,
} from './index.js';

export type AttachGroupPolicyCommandInput = LooseInput<AttachGroupPolicyInput>;
export interface AttachGroupPolicyCommandOutput extends AttachGroupPolicyOutput, MetadataBearer {}
export type AttachUserPolicyCommandInput = LooseInput<AttachUserPolicyInput>;
export interface AttachUserPolicyCommandOutput extends AttachUserPolicyOutput, MetadataBearer {}
export type DetachGroupPolicyCommandInput = LooseInput<DetachGroupPolicyInput>;
export interface DetachGroupPolicyCommandOutput extends DetachGroupPolicyOutput, MetadataBearer {}
export type DetachUserPolicyCommandInput = LooseInput<DetachUserPolicyInput>;
export interface DetachUserPolicyCommandOutput extends DetachUserPolicyOutput, MetadataBearer {}
export type GetPolicyCommandInput = LooseInput<GetPolicyInput>;
export interface GetPolicyCommandOutput extends GetPolicyOutput, MetadataBearer {}
export type GetPolicyVersionCommandInput = LooseInput<GetPolicyVersionInput>;
export interface GetPolicyVersionCommandOutput extends GetPolicyVersionOutput, MetadataBearer {}
export type ListAttachedGroupPoliciesCommandInput = LooseInput<ListAttachedGroupPoliciesInput>;
export interface ListAttachedGroupPoliciesCommandOutput extends ListAttachedGroupPoliciesOutput, MetadataBearer {}
export type ListAttachedUserPoliciesCommandInput = LooseInput<ListAttachedUserPoliciesInput>;
export interface ListAttachedUserPoliciesCommandOutput extends ListAttachedUserPoliciesOutput, MetadataBearer {}
export type ListPoliciesCommandInput = LooseInput<ListPoliciesInput>;
export interface ListPoliciesCommandOutput extends ListPoliciesOutput, MetadataBearer {}

// v3's request names for the inputs (`PutObjectRequest`).
export type AttachGroupPolicyRequest = AttachGroupPolicyInput;
export type AttachUserPolicyRequest = AttachUserPolicyInput;
export type DetachGroupPolicyRequest = DetachGroupPolicyInput;
export type DetachUserPolicyRequest = DetachUserPolicyInput;
export type GetPolicyRequest = GetPolicyInput;
export type GetPolicyVersionRequest = GetPolicyVersionInput;
export type ListAttachedGroupPoliciesRequest = ListAttachedGroupPoliciesInput;
export type ListAttachedUserPoliciesRequest = ListAttachedUserPoliciesInput;
export type ListPoliciesRequest = ListPoliciesInput;
