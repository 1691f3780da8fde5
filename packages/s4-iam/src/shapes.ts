// Member schemas and output shapes shared by the IAM operations. Member schemas are
// functions so nothing is built at module load; each operation builds its schema on first use.
//
// Reference: ../shared/seeds/004 (S4 document), section "3. IAM API". Its ValidationError
// rows for GetPolicyVersion, ListPolicies and the ListAttached* operations lost their
// bullet lists in extraction ("Returned in case: |"), so where it is silent the constraints
// of the IAM API (2010-05-08) apply: a working S4, like IAM, rejects what breaks them.
import * as z from 'zod/mini';
import { int, list, rule, str, struct, unsupported, type Shape } from '@skiff/core';

/** S4: "its length being less than 20 or greater than 2048 characters" → ValidationError.
 * The ARN's form is left to the service (InvalidInput): a client-side pattern could refuse
 * a valid ARN of another partition. */
export const policyArn = () => str({ min: 20, max: 2048 });

/** S4 is silent; IAM's userNameType: 1..64 of `[\w+=,.@-]`. */
export const userName = () => str({ min: 1, max: 64, pattern: /[\w+=,.@-]+/ });

/** S4 is silent; IAM's groupNameType: 1..128 of `[\w+=,.@-]`. */
export const groupName = () => str({ min: 1, max: 128, pattern: /[\w+=,.@-]+/ });

/** S4 is silent (lost ValidationError list); IAM's policyVersionIdType: `v1`, `v2.1-a`, … */
export const versionId = () => str({ pattern: /v[1-9][0-9]*(\.[A-Za-z0-9-]*)?/ });

// The list filters S4 marks not supported (Scope, OnlyAttached, PathPrefix, PolicyUsageFilter):
// S4 ignores them and lists everything, so a filter would read as applied when it was not.
// Each is refused (ParamValidationError, "S4 does not support this member") but for the
// value that asks for everything, which AWS SDK code often passes; s4-s3 refuses the S3
// members S4 does not support by the same rule.

/** PathPrefix: only `/` (every path), what S4 lists. */
export const pathPrefix = () => unsupported<string>('S4', '/');

/** The largest Marker S4 accepts. S4: a Marker "not an integer value or out of the integer
 * value range" is MalformedInput; decision: the range of a signed 32-bit integer. */
export const MAX_MARKER = 2 ** 31 - 1;

/**
 * S4's Marker is an integer position (the markers it returns are integers), sent as the
 * string the service returned. IAM's markerType (1..320 characters) is implied by the digits.
 */
export const marker = () =>
  str({ min: 1, max: 320, pattern: /\d+/ }).check(
    rule((s: string) => (Number(s) > MAX_MARKER ? `must be an integer from 0 to ${MAX_MARKER}` : undefined)),
  );

/** S4: an integer (MalformedInput otherwise); range from IAM's maxItemsType, 1..1000. */
export const maxItems = () => int({ min: 1, max: 1000 });

/** Scope: only `All` (IAM's default), what S4 lists. */
export const scope = () => unsupported<PolicyScopeType>('S4', 'All');

/** OnlyAttached: only `false` (IAM's default), what S4 lists. */
export const onlyAttached = () => unsupported<boolean>('S4', false);

/** PolicyUsageFilter: none (IAM's default is no filter). */
export const policyUsageFilter = () => unsupported<PolicyUsageType>('S4');

export type PolicyScopeType = 'All' | 'AWS' | 'Local';
export type PolicyUsageType = 'PermissionsPolicy' | 'PermissionsBoundary';

export interface Tag {
  Key?: string;
  Value?: string;
}

/** A managed policy (GetPolicy, ListPolicies). */
export interface Policy {
  PolicyName?: string;
  PolicyId?: string;
  Arn?: string;
  Path?: string;
  DefaultVersionId?: string;
  AttachmentCount?: number;
  PermissionsBoundaryUsageCount?: number;
  IsAttachable?: boolean;
  Description?: string;
  CreateDate?: Date;
  UpdateDate?: Date;
  Tags?: Tag[];
}

/** One version of a managed policy; `Document` is the decoded JSON text. */
export interface PolicyVersion {
  Document?: string;
  VersionId?: string;
  IsDefaultVersion?: boolean;
  CreateDate?: Date;
}

/** A policy attached to a user or group. */
export interface AttachedPolicy {
  PolicyName?: string;
  PolicyArn?: string;
}

/**
 * IAM and S4 send a policy document URL-encoded (RFC 3986, `%7B%22Version%22…`), wrapped
 * in whitespace in S4's example; the output gives the JSON text. Text that already holds a
 * raw `{` is JSON sent unencoded (moto does this) and is kept; text that is not valid
 * percent-encoding is kept as it came.
 */
export function decodePolicyDocument(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text.includes('{')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return value;
  }
}

export const policyShape: Shape = /* @__PURE__ */ struct({
  AttachmentCount: 'integer',
  PermissionsBoundaryUsageCount: 'integer',
  IsAttachable: 'boolean',
  CreateDate: 'timestamp',
  UpdateDate: 'timestamp',
  Description: 'string',
  Tags: /* @__PURE__ */ list(/* @__PURE__ */ struct({ Key: 'string', Value: 'string' })),
});

export const policyVersionShape: Shape = /* @__PURE__ */ struct({
  Document: { decode: decodePolicyDocument },
  VersionId: 'string',
  IsDefaultVersion: 'boolean',
  CreateDate: 'timestamp',
});

export const attachedPolicyShape: Shape = /* @__PURE__ */ struct({ PolicyName: 'string', PolicyArn: 'string' });

/** The paging members of every List* output. */
export const pagingShape = { IsTruncated: 'boolean', Marker: 'string' } as const satisfies Record<string, Shape>;

/**
 * A List* output: its own members plus the paging ones. A call marked pure rather than an
 * object spread in the declaration, which a bundler must keep (a spread may run getters),
 * so that an unused operation is dropped.
 */
/* @__NO_SIDE_EFFECTS__ */
export function paged(members: Record<string, Shape>): Record<string, Shape> {
  return { ...members, ...pagingShape };
}
