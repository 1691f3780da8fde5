// S4 document, section 3: ActionName ListPolicies.
import * as z from 'zod/mini';
import { createCommand, defineOperation, list } from '@skiff/core';
import { MalformedInput, ServiceFailure, ValidationError } from '../errors.js';
import { marker, maxItems, onlyAttached, paged, pathPrefix, policyShape, policyUsageFilter, scope, type Policy, type PolicyScopeType, type PolicyUsageType } from '../shapes.js';

export interface ListPoliciesInput {
  /** S4 does not support this filter (document: "NO"): only `All`, what S4 lists, is accepted. */
  Scope?: PolicyScopeType;
  /** S4 does not support this filter: only `false` is accepted. */
  OnlyAttached?: boolean;
  /** S4 does not support this filter: only `/` is accepted. */
  PathPrefix?: string;
  /** S4 does not support this filter: refused when given. */
  PolicyUsageFilter?: PolicyUsageType;
  /** The Marker of the previous page (an integer, as a string). */
  Marker?: string;
  /** The page size, 1..1000. */
  MaxItems?: number;
}

export interface ListPoliciesOutput {
  Policies?: Policy[];
  IsTruncated?: boolean;
  Marker?: string;
}

export const ListPolicies = /* @__PURE__ */ defineOperation<ListPoliciesInput, ListPoliciesOutput>({
  name: 'ListPolicies',
  // Members in the IAM model's order, so the form body matches other SDKs byte for byte.
  input: () => ({
    Scope: z.optional(scope()),
    OnlyAttached: z.optional(onlyAttached()),
    PathPrefix: z.optional(pathPrefix()),
    PolicyUsageFilter: z.optional(policyUsageFilter()),
    Marker: z.optional(marker()),
    MaxItems: z.optional(maxItems()),
  }),
  output: /* @__PURE__ */ paged({ Policies: /* @__PURE__ */ list(policyShape) }),
  errors: [MalformedInput, ValidationError, ServiceFailure],
});

export const ListPoliciesCommand = /* @__PURE__ */ createCommand(ListPolicies);
export type ListPoliciesCommand = InstanceType<typeof ListPoliciesCommand>;
