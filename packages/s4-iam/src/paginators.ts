// IAM paging: the service returns `IsTruncated` and, while true, the `Marker` to send next;
// `MaxItems` is the page size. Each yielded page carries `resumeToken` (core README).
import { createPaginator } from '@skiff/core';
import { ListAttachedGroupPoliciesCommand } from './operations/listAttachedGroupPolicies.js';
import { ListAttachedUserPoliciesCommand } from './operations/listAttachedUserPolicies.js';
import { ListPoliciesCommand } from './operations/listPolicies.js';

const nextMarker = (out: { IsTruncated?: boolean; Marker?: string }) => (out.IsTruncated && out.Marker ? out.Marker : undefined);

export const paginateListPolicies = /* @__PURE__ */ createPaginator(ListPoliciesCommand, {
  inputToken: 'Marker',
  items: 'Policies',
  pageSize: 'MaxItems',
  nextToken: nextMarker,
});

export const paginateListAttachedUserPolicies = /* @__PURE__ */ createPaginator(ListAttachedUserPoliciesCommand, {
  inputToken: 'Marker',
  items: 'AttachedPolicies',
  pageSize: 'MaxItems',
  nextToken: nextMarker,
});

export const paginateListAttachedGroupPolicies = /* @__PURE__ */ createPaginator(ListAttachedGroupPoliciesCommand, {
  inputToken: 'Marker',
  items: 'AttachedPolicies',
  pageSize: 'MaxItems',
  nextToken: nextMarker,
});
