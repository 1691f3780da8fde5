// The AWS SDK v3's names for each command's input and output (`PutObjectCommandInput`, …),
// so code written for v3 compiles unchanged: the input is the operation's input, the output
// what `send` resolves to (the output and `$metadata`). Types only: nothing of this is in a bundle.
import type { LooseInput, MetadataBearer } from '@skiff/core';
import type {
  AbortMultipartUploadInput, AbortMultipartUploadOutput,
  CompleteMultipartUploadInput, CompleteMultipartUploadOutput,
  CopyObjectInput, CopyObjectOutput,
  CreateBucketInput, CreateBucketOutput,
  CreateMultipartUploadInput, CreateMultipartUploadOutput,
  DeleteBucketInput, DeleteBucketOutput,
  DeleteBucketPolicyInput, DeleteBucketPolicyOutput,
  DeleteObjectInput, DeleteObjectOutput,
  DeleteObjectsInput, DeleteObjectsOutput,
  GetBucketPolicyInput, GetBucketPolicyOutput,
  GetObjectInput, GetObjectOutput,
  HeadBucketInput, HeadBucketOutput,
  HeadObjectInput, HeadObjectOutput,
  ListBucketsInput, ListBucketsOutput,
  ListObjectsInput, ListObjectsOutput,
  ListObjectsV2Input, ListObjectsV2Output,
  ListPartsInput, ListPartsOutput,
  PutBucketPolicyInput, PutBucketPolicyOutput,
  PutObjectInput, PutObjectOutput,
  UploadPartInput, UploadPartOutput,
  UploadPartCopyInput, UploadPartCopyOutput,
} from './index.js';

export type AbortMultipartUploadCommandInput = LooseInput<AbortMultipartUploadInput>;
export interface AbortMultipartUploadCommandOutput extends AbortMultipartUploadOutput, MetadataBearer {}
export type CompleteMultipartUploadCommandInput = LooseInput<CompleteMultipartUploadInput>;
export interface CompleteMultipartUploadCommandOutput extends CompleteMultipartUploadOutput, MetadataBearer {}
export type CopyObjectCommandInput = LooseInput<CopyObjectInput>;
export interface CopyObjectCommandOutput extends CopyObjectOutput, MetadataBearer {}
export type CreateBucketCommandInput = LooseInput<CreateBucketInput>;
export interface CreateBucketCommandOutput extends CreateBucketOutput, MetadataBearer {}
export type CreateMultipartUploadCommandInput = LooseInput<CreateMultipartUploadInput>;
export interface CreateMultipartUploadCommandOutput extends CreateMultipartUploadOutput, MetadataBearer {}
export type DeleteBucketCommandInput = LooseInput<DeleteBucketInput>;
export interface DeleteBucketCommandOutput extends DeleteBucketOutput, MetadataBearer {}
export type DeleteBucketPolicyCommandInput = LooseInput<DeleteBucketPolicyInput>;
export interface DeleteBucketPolicyCommandOutput extends DeleteBucketPolicyOutput, MetadataBearer {}
export type DeleteObjectCommandInput = LooseInput<DeleteObjectInput>;
export interface DeleteObjectCommandOutput extends DeleteObjectOutput, MetadataBearer {}
export type DeleteObjectsCommandInput = LooseInput<DeleteObjectsInput>;
export interface DeleteObjectsCommandOutput extends DeleteObjectsOutput, MetadataBearer {}
export type GetBucketPolicyCommandInput = LooseInput<GetBucketPolicyInput>;
export interface GetBucketPolicyCommandOutput extends GetBucketPolicyOutput, MetadataBearer {}
export type GetObjectCommandInput = LooseInput<GetObjectInput>;
export interface GetObjectCommandOutput extends GetObjectOutput, MetadataBearer {}
export type HeadBucketCommandInput = LooseInput<HeadBucketInput>;
export interface HeadBucketCommandOutput extends HeadBucketOutput, MetadataBearer {}
export type HeadObjectCommandInput = LooseInput<HeadObjectInput>;
export interface HeadObjectCommandOutput extends HeadObjectOutput, MetadataBearer {}
export type ListBucketsCommandInput = LooseInput<ListBucketsInput>;
export interface ListBucketsCommandOutput extends ListBucketsOutput, MetadataBearer {}
export type ListObjectsCommandInput = LooseInput<ListObjectsInput>;
export interface ListObjectsCommandOutput extends ListObjectsOutput, MetadataBearer {}
export type ListObjectsV2CommandInput = LooseInput<ListObjectsV2Input>;
export interface ListObjectsV2CommandOutput extends ListObjectsV2Output, MetadataBearer {}
export type ListPartsCommandInput = LooseInput<ListPartsInput>;
export interface ListPartsCommandOutput extends ListPartsOutput, MetadataBearer {}
export type PutBucketPolicyCommandInput = LooseInput<PutBucketPolicyInput>;
export interface PutBucketPolicyCommandOutput extends PutBucketPolicyOutput, MetadataBearer {}
export type PutObjectCommandInput = LooseInput<PutObjectInput>;
export interface PutObjectCommandOutput extends PutObjectOutput, MetadataBearer {}
export type UploadPartCommandInput = LooseInput<UploadPartInput>;
export interface UploadPartCommandOutput extends UploadPartOutput, MetadataBearer {}
export type UploadPartCopyCommandInput = LooseInput<UploadPartCopyInput>;
export interface UploadPartCopyCommandOutput extends UploadPartCopyOutput, MetadataBearer {}

// v3's request names for the inputs (`PutObjectRequest`).
export type AbortMultipartUploadRequest = AbortMultipartUploadInput;
export type CompleteMultipartUploadRequest = CompleteMultipartUploadInput;
export type CopyObjectRequest = CopyObjectInput;
export type CreateBucketRequest = CreateBucketInput;
export type CreateMultipartUploadRequest = CreateMultipartUploadInput;
export type DeleteBucketRequest = DeleteBucketInput;
export type DeleteBucketPolicyRequest = DeleteBucketPolicyInput;
export type DeleteObjectRequest = DeleteObjectInput;
export type DeleteObjectsRequest = DeleteObjectsInput;
export type GetBucketPolicyRequest = GetBucketPolicyInput;
export type GetObjectRequest = GetObjectInput;
export type HeadBucketRequest = HeadBucketInput;
export type HeadObjectRequest = HeadObjectInput;
export type ListBucketsRequest = ListBucketsInput;
export type ListObjectsRequest = ListObjectsInput;
export type ListObjectsV2Request = ListObjectsV2Input;
export type ListPartsRequest = ListPartsInput;
export type PutBucketPolicyRequest = PutBucketPolicyInput;
export type PutObjectRequest = PutObjectInput;
export type UploadPartRequest = UploadPartInput;
export type UploadPartCopyRequest = UploadPartCopyInput;
