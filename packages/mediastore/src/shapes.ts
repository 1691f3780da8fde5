// Shapes shared by several operations: their types, their input schemas (built on first
// use, inside each operation's lazy `input`), and the output shapes that coerce responses.
//
// References: "000" is ../shared/seeds/000_ef63cd07b369adda.txt (the 2017-09-01 API
// Reference), "001" is ../shared/seeds/001_536970322e4c309b.txt (the client reference that
// adds tags, lifecycle and metric policies, access logging). Where they disagree,
// ../shared/design/seed-decisions.md decides; where they are silent, the service model
// (what the live service accepts) does, and the comment says so.
import * as z from 'zod/mini';
import { int, list, rule, str, struct } from '@skiff/core';

export const ContainerStatus = { ACTIVE: 'ACTIVE', CREATING: 'CREATING', DELETING: 'DELETING' } as const;
export type ContainerStatus = (typeof ContainerStatus)[keyof typeof ContainerStatus];

export const MethodName = { DELETE: 'DELETE', GET: 'GET', HEAD: 'HEAD', PUT: 'PUT' } as const;
export type MethodName = (typeof MethodName)[keyof typeof MethodName];

export const ContainerLevelMetrics = { DISABLED: 'DISABLED', ENABLED: 'ENABLED' } as const;
export type ContainerLevelMetrics = (typeof ContainerLevelMetrics)[keyof typeof ContainerLevelMetrics];

/** 000 § Container (AccessLoggingEnabled from 001). Parsed leniently: no pattern is enforced on what the service returns. */
export interface Container {
  Endpoint?: string;
  CreationTime?: Date;
  ARN?: string;
  Name?: string;
  Status?: ContainerStatus;
  AccessLoggingEnabled?: boolean;
}

/** 000 § CorsRule. */
export interface CorsRule {
  AllowedOrigins: string[];
  /** Required here: seed-decisions "CORS AllowedMethods". */
  AllowedMethods: MethodName[];
  AllowedHeaders: string[];
  MaxAgeSeconds?: number;
  ExposeHeaders?: string[];
}

/** 001 § create_container Tags. */
export interface Tag {
  Key: string;
  Value?: string;
}

/** 001 § put_metric_policy. */
export interface MetricPolicyRule {
  ObjectGroup: string;
  ObjectGroupName: string;
}
export interface MetricPolicy {
  ContainerLevelMetrics: ContainerLevelMetrics;
  MetricPolicyRules?: MetricPolicyRule[];
}

// ---- input schemas --------------------------------------------------------------------

/** 000: length 1..255, pattern `\w+` (every operation). The newer service model also allows `-`; the documents do not. */
export const containerName = () => str({ min: 1, max: 255, pattern: /\w+/ });

// 000 § PutContainerPolicy Policy, § CorsRule: printable Latin-1 plus tab, LF and CR.
const POLICY_TEXT = /[\u0009\u000A\u000D\u0020-\u00FF]+/;

/** 000 § PutContainerPolicy: 1..8192 characters of POLICY_TEXT. */
export const containerPolicy = () => str({ min: 1, max: 8192, pattern: POLICY_TEXT });

/**
 * 001 gives no constraint for LifecyclePolicy; the service model's is length 0..8192 with the
 * POLICY_TEXT pattern, whose `+` already needs one character, so: 1..8192.
 */
export const lifecyclePolicy = () => str({ min: 1, max: 8192, pattern: POLICY_TEXT });

/** 000 § ListContainers: 1..100 (seed-decisions: the prose "1 to 255 characters" is wrong). */
export const maxResults = () => int({ min: 1, max: 100 });

/** 000 § ListContainers NextToken: 1..255, `[0-9A-Za-z=/+]+` (the newer model allows 1024; the document says 255). */
export const paginationToken = () => str({ min: 1, max: 255, pattern: /[0-9A-Za-z=/+]+/ });

// 000 § CorsRule: "can include only one wildcard character (*)" (AllowedOrigins, AllowedHeaders).
const oneWildcard = () =>
  rule((s: string) => (s.split('*').length > 2 ? 'must contain at most one wildcard character (*)' : undefined));
const headerName = () => str({ min: 1, max: 8192, pattern: POLICY_TEXT });

/** 000 § CorsRule, member by member. */
export const corsRule = () =>
  z.object({
    AllowedOrigins: z.array(str({ min: 1, max: 2048, pattern: POLICY_TEXT }).check(oneWildcard())).check(z.minLength(1), z.maxLength(100)),
    // seed-decisions: required with 1..4 items, although 000 marks it "Required: No".
    AllowedMethods: z.array(z.enum(['PUT', 'GET', 'DELETE', 'HEAD'])).check(z.minLength(1), z.maxLength(4)),
    AllowedHeaders: z.array(headerName().check(oneWildcard())).check(z.maxLength(100)),
    MaxAgeSeconds: z.optional(int({ min: 0, max: 2147483647 })),
    ExposeHeaders: z.optional(z.array(headerName()).check(z.maxLength(100))),
  });

/** 000 § PutCorsPolicy: 1..100 rules, and "The policy can contain up to 398,000 characters" (counted as the JSON sent). */
export const corsPolicy = () =>
  z.array(corsRule()).check(
    z.minLength(1),
    z.maxLength(100),
    rule((rules: unknown[]) => (JSON.stringify(rules).length > 398_000 ? 'must be at most 398000 characters as JSON' : undefined)),
  );

// The documents give no tag key/value limits; these are the service model's (what the live
// service accepts): key 1..128, value 0..256, letters, spaces, digits and _ . : / = + - @.
const TAG_TEXT = /[\p{L}\p{Z}\p{N}_.:/=+\-@]*/u;
export const tagKey = () => str({ min: 1, max: 128, pattern: TAG_TEXT });
export const tagValue = () => str({ min: 0, max: 256, pattern: TAG_TEXT });

/** 001: "You can add up to 50 tags to each container", so a list holds 1..50 (the model's minimum is 1). */
export const tagList = () =>
  z.array(z.object({ Key: tagKey(), Value: z.optional(tagValue()) })).check(z.minLength(1), z.maxLength(50));

/**
 * A container ARN: 000 § Container ARN, length 1..1024. Its pattern reads
 * `arn:aws:mediastore:[a-z]+--[a-z]+--\d:…`, which does not match the document's own example
 * (`--` is an extraction error); the example's form is enforced, with the container name
 * part as ContainerName's `\w{1,255}`.
 */
export const containerArn = () => str({ min: 1, max: 1024, pattern: /arn:aws:mediastore:[a-z]+-[a-z]+-\d:\d{12}:container\/\w{1,255}/ });

/**
 * 001 § put_metric_policy: rules optional but, when given, 1..300 (5 by default, 300 with a
 * quota increase: the service answers LimitExceededException above the account's quota).
 * ObjectGroup: up to 900 of a-z A-Z 0-9 _ = : . - ~ / *; ObjectGroupName: up to 30 of
 * a-z A-Z 0-9 _.
 */
export const metricPolicy = () =>
  z.object({
    ContainerLevelMetrics: z.enum(['ENABLED', 'DISABLED']),
    MetricPolicyRules: z.optional(
      z
        .array(
          z.object({
            ObjectGroup: str({ min: 1, max: 900, pattern: /[a-zA-Z0-9_=:.\-~/*]+/ }),
            ObjectGroupName: str({ min: 1, max: 30, pattern: /[a-zA-Z0-9_]+/ }),
          }),
        )
        .check(z.minLength(1), z.maxLength(300)),
    ),
  });

// ---- output shapes ----------------------------------------------------------------------

/** CreationTime arrives as epoch seconds and becomes a Date. */
export const ContainerShape = /* @__PURE__ */ struct({ CreationTime: 'timestamp' });
export const ContainerListShape = /* @__PURE__ */ list(ContainerShape);
