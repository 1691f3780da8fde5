// S4 document, section 3: ActionName ListAttachedUserPolicies.
import * as z from 'zod/mini';
import { createCommand, defineOperation, list } from '@skiff/core';
import { AccountProblem, InvalidInput, MalformedInput, NoSuchEntity, ServiceFailure, ValidationError } from '../errors.js';
import { attachedPolicyShape, marker, maxItems, paged, pathPrefix, userName, type AttachedPolicy } from '../shapes.js';

export interface ListAttachedUserPoliciesInput {
  /** 1..64 characters of `[\w+=,.@-]`. */
  UserName: string;
  /** S4 does not support this filter (document: "NO"): only `/`, every path, is accepted. */
  PathPrefix?: string;
  /** The Marker of the previous page (an integer, as a string). */
  Marker?: string;
  /** The page size, 1..1000. */
  MaxItems?: number;
}

export interface ListAttachedUserPoliciesOutput {
  AttachedPolicies?: AttachedPolicy[];
  IsTruncated?: boolean;
  Marker?: string;
}

export const ListAttachedUserPolicies = /* @__PURE__ */ defineOperation<ListAttachedUserPoliciesInput, ListAttachedUserPoliciesOutput>({
  name: 'ListAttachedUserPolicies',
  input: () => ({ UserName: userName(), PathPrefix: z.optional(pathPrefix()), Marker: z.optional(marker()), MaxItems: z.optional(maxItems()) }),
  output: /* @__PURE__ */ paged({ AttachedPolicies: /* @__PURE__ */ list(attachedPolicyShape) }),
  errors: [MalformedInput, ValidationError, NoSuchEntity, AccountProblem, InvalidInput, ServiceFailure],
});

export const ListAttachedUserPoliciesCommand = /* @__PURE__ */ createCommand(ListAttachedUserPolicies);
export type ListAttachedUserPoliciesCommand = InstanceType<typeof ListAttachedUserPoliciesCommand>;
