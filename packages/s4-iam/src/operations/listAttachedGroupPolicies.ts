// S4 document, section 3: ActionName ListAttachedGroupPolicies.
import * as z from 'zod/mini';
import { createCommand, defineOperation, list } from '@skiff/core';
import { AccountProblem, InvalidInput, MalformedInput, NoSuchEntity, ServiceFailure, ValidationError } from '../errors.js';
import { attachedPolicyShape, marker, maxItems, paged, pathPrefix, groupName, type AttachedPolicy } from '../shapes.js';

export interface ListAttachedGroupPoliciesInput {
  /** 1..128 characters of `[\w+=,.@-]`. */
  GroupName: string;
  /** S4 does not support this filter (document: "NO"): only `/`, every path, is accepted. */
  PathPrefix?: string;
  /** The Marker of the previous page (an integer, as a string). */
  Marker?: string;
  /** The page size, 1..1000. */
  MaxItems?: number;
}

export interface ListAttachedGroupPoliciesOutput {
  AttachedPolicies?: AttachedPolicy[];
  IsTruncated?: boolean;
  Marker?: string;
}

export const ListAttachedGroupPolicies = /* @__PURE__ */ defineOperation<ListAttachedGroupPoliciesInput, ListAttachedGroupPoliciesOutput>({
  name: 'ListAttachedGroupPolicies',
  input: () => ({ GroupName: groupName(), PathPrefix: z.optional(pathPrefix()), Marker: z.optional(marker()), MaxItems: z.optional(maxItems()) }),
  output: /* @__PURE__ */ paged({ AttachedPolicies: /* @__PURE__ */ list(attachedPolicyShape) }),
  errors: [MalformedInput, ValidationError, NoSuchEntity, AccountProblem, InvalidInput, ServiceFailure],
});

export const ListAttachedGroupPoliciesCommand = /* @__PURE__ */ createCommand(ListAttachedGroupPolicies);
export type ListAttachedGroupPoliciesCommand = InstanceType<typeof ListAttachedGroupPoliciesCommand>;
