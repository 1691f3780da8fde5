// Schemas and types shared by the data-plane operations. The constraints are those of the
// service document (000 "AWS Elemental MediaStore Data Plane", 002 for UploadAvailability);
// where the documents disagree, ../shared/design/seed-decisions.md decides, and the decision is
// named next to the schema.
import { headerValue, rule, stringRules, struct, type Shape } from '@skiff/core';
import * as z from 'zod/mini';

/** 000 Path of DeleteObject, DescribeObject, GetObject, PutObject: at most 10 folders. */
export const OBJECT_PATH = /(?:[A-Za-z0-9_.\-~]+\/){0,10}[A-Za-z0-9_.\-~]+/;

/** seed-decisions "ListItems Path pattern": 000 requires a leading `/` yet allows length 0; the
 * leading `/` is optional. */
export const FOLDER_PATH = /\/?(?:[A-Za-z0-9_.\-~]+\/){0,10}(?:[A-Za-z0-9_.\-~]+)?\/?/;

/** 000 GetObject Range. */
export const RANGE = /^bytes=(?:\d+-\d*|\d*-\d+)$/;

/** seed-decisions "MediaStore PutObject ContentType pattern": the output patterns' form, with
 * the `/` that 000's input pattern lost in extraction. */
export const CONTENT_TYPE = /^[\w\-/.+]{1,255}$/;

// The enum values as objects and types, as @aws-sdk/client-mediastore-data exports them.
export const StorageClass = { STANDARD: 'STANDARD', TEMPORAL: 'TEMPORAL' } as const;
export type StorageClass = (typeof StorageClass)[keyof typeof StorageClass];
export const UploadAvailability = { STANDARD: 'STANDARD', STREAMING: 'STREAMING' } as const;
export type UploadAvailability = (typeof UploadAvailability)[keyof typeof UploadAvailability];
export const ItemType = { FOLDER: 'FOLDER', OBJECT: 'OBJECT' } as const;
export type ItemType = (typeof ItemType)[keyof typeof ItemType];

// The pattern lets a segment be `.` or `..`, which HTTP stacks and SigV4 path normalisation
// resolve: `a/../../other` would name something outside the container (or another object
// than the one signed). Such paths are refused outright.
export const DOT_SEGMENT_MESSAGE = "must not contain '.' or '..' segments (a path cannot leave its container)";

/** Whether a path has a `.` or `..` segment. */
export function hasDotSegment(path: string): boolean {
  return path.split('/').some((s) => s === '.' || s === '..');
}

/* @__NO_SIDE_EFFECTS__ */
function noDotSegments() {
  return rule((s: string) => (hasDotSegment(s) ? DOT_SEGMENT_MESSAGE : undefined));
}

/**
 * An object path (000: length 1..900, OBJECT_PATH). One leading `/` is accepted and dropped
 * before the checks: botocore sends `//premium/…` for `/premium/…` yet signs `/premium/…`
 * (its README, `mediastore-data-describe-object-leading-slash`), so sending the path it signs
 * keeps the URL and the signature in agreement and reaches the same object.
 */
/* @__NO_SIDE_EFFECTS__ */
export function objectPath() {
  return z.string().check(
    z.overwrite((s: string) => (s.startsWith('/') ? s.slice(1) : s)),
    // A length problem is reported alone (an empty path also fails the pattern).
    stringRules({ min: 1, max: 900, pattern: OBJECT_PATH }),
    noDotSegments(),
  );
}

/** A ListItems folder path (seed-decisions: optional leading `/`, length 0..900). */
/* @__NO_SIDE_EFFECTS__ */
export function folderPath() {
  return z.string().check(stringRules({ max: 900, pattern: FOLDER_PATH }), noDotSegments());
}

/** 000 CacheControl: any value HTTP allows ("custom user-defined values are also accepted");
 * it is sent as a header, so no CR/LF or non-ASCII text. */
/* @__NO_SIDE_EFFECTS__ */
export function cacheControl() {
  return headerValue();
}

/** 000: StorageClass STANDARD | TEMPORAL (length 1..16). seed-decisions: 002 lists only
 * TEMPORAL; both are accepted. */
/* @__NO_SIDE_EFFECTS__ */
export function storageClass() {
  return z.enum(['STANDARD', 'TEMPORAL']);
}

/** 002: UploadAvailability STANDARD | STREAMING (length 1..16). */
/* @__NO_SIDE_EFFECTS__ */
export function uploadAvailability() {
  return z.enum(['STANDARD', 'STREAMING']);
}

/** 000 Item: a metadata entry for a folder or object (ListItems). Parsed leniently. */
export interface Item {
  Name?: string;
  Type?: ItemType | (string & {});
  ETag?: string;
  LastModified?: Date;
  ContentType?: string;
  ContentLength?: number;
}

export const ItemShape: Shape = /* @__PURE__ */ struct({ LastModified: 'timestamp', ContentLength: 'integer' });
