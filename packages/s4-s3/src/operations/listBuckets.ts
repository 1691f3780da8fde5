// Document 004, S3 API: ListBuckets (GET /).
import { createCommand, defineOperation, list, struct } from '@skiff/core';
import { ownerShape, type Owner } from '../shapes.js';

export type ListBucketsInput = Record<string, never>;
export interface Bucket {
  Name?: string;
  CreationDate?: Date;
}
export interface ListBucketsOutput {
  Buckets?: Bucket[];
  Owner?: Owner;
}

export const ListBuckets = /* @__PURE__ */ defineOperation<ListBucketsInput, ListBucketsOutput>({
  name: 'ListBuckets',
  input: () => ({}),
  output: { Buckets: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Name: 'string', CreationDate: 'timestamp' }), { member: 'Bucket' }), Owner: ownerShape },
  http: { method: 'GET', path: '/' },
});
export const ListBucketsCommand = /* @__PURE__ */ createCommand(ListBuckets);
export type ListBucketsCommand = InstanceType<typeof ListBucketsCommand>;
