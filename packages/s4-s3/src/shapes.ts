// Schemas and output shapes shared by several operations. Each documented constraint is one
// check whose message names it (document 004; decisions in ../shared/design/seed-decisions.md).
import * as z from 'zod/mini';
import { headerValue, HEADER_SAFE, int, isBlob, isReadableStream, list, rule, str, struct, type InputBinding } from '@skiff/core';
import { BUCKET_RULES, KEY_RULES } from './names.js';

const rules = (base: z.ZodMiniString<string>, list: typeof BUCKET_RULES) =>
  base.check(...list.map(([ok, message]) => rule((s: string) => (ok(s) ? undefined : message))));

/** Document 004, Bucket Naming Rules. */
export const bucketName = () => rules(z.string(), BUCKET_RULES);

/** Document 004, Object Key Naming Rules. */
export const objectKey = () => rules(z.string(), KEY_RULES);

/**
 * `max-keys`: S4 answers InvalidArgument when it "has a wrong format". Decision: a whole
 * number from 0 to 2^31-1 (S3 returns at most 1000 keys a page whatever is asked; a larger
 * value is not an error there, so it is not one here).
 */
export const maxKeys = () => int({ min: 0, max: 2_147_483_647 });

/** S4 multipart rules: part numbers 1..10000. */
export const MAX_PARTS = 10_000;
export const partNumber = () => int({ min: 1, max: MAX_PARTS });

export const uploadId = () => str({ min: 1 });

/** Content-MD5: the base64 of a 16-byte MD5 (S4 answers InvalidDigest otherwise). */
export const contentMd5 = () => headerValue({ pattern: /[A-Za-z0-9+/]{22}==/ });

/** Sent as a header: printable ASCII, no CR/LF. */
export const headerString = () => headerValue();

/**
 * x-amz-storage-class: S4 stores everything as STANDARD; CopyObject accepts only that
 * value (InvalidStorageClass otherwise). Elsewhere it is "assumed STANDARD", so the same
 * rule keeps a GLACIER from being silently ignored.
 */
export const storageClass = () => z.literal('STANDARD');

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * User metadata as `x-amz-meta-<name>` headers: names are header tokens, values header-safe,
 * and no two names the same but for case (header names are case-insensitive: one value would
 * be lost on the way, and S3 stores names in lower case).
 */
export const metadata = () =>
  z.record(z.string(), z.string()).check(
    z.superRefine((m: Record<string, string>, ctx) => {
      const seen = new Map<string, string>();
      for (const [k, v] of Object.entries(m)) {
        const other = seen.get(k.toLowerCase());
        if (other !== undefined) ctx.issues.push({ code: 'custom', path: [k], message: `differs from ${other} only in case: header names are case-insensitive, so one value would be lost`, input: k });
        seen.set(k.toLowerCase(), k);
        if (!TOKEN.test(k)) ctx.issues.push({ code: 'custom', path: [k], message: 'metadata names must be header tokens (letters, digits and !#$%&\'*+-.^_`|~)', input: k });
        if (typeof v === 'string' && !HEADER_SAFE.test(v)) ctx.issues.push({ code: 'custom', path: [k], message: 'must not contain control characters or non-ASCII text (it is sent as a header)', input: v });
      }
    }),
  );

/** The headers a write stores with the object (PutObject, CreateMultipartUpload): schemas. */
export const objectHeaderMembers = () => ({
  ContentType: z.optional(headerString()),
  CacheControl: z.optional(headerString()),
  ContentDisposition: z.optional(headerString()),
  ContentEncoding: z.optional(headerString()),
  ContentLanguage: z.optional(headerString()),
  Expires: z.optional(z.date()),
  Metadata: z.optional(metadata()),
  StorageClass: z.optional(storageClass()),
});

/**
 * `bindings` plus those of the object headers. A function marked free of side effects, not a
 * spread in the declaration, which a bundler would keep (and with it an unused operation).
 */
/* @__NO_SIDE_EFFECTS__ */
export function withObjectHeaders<B extends Record<string, InputBinding>>(bindings: B) {
  return {
    ...bindings,
    ContentType: { in: 'header', name: 'Content-Type' },
    CacheControl: { in: 'header', name: 'Cache-Control' },
    ContentDisposition: { in: 'header', name: 'Content-Disposition' },
    ContentEncoding: { in: 'header', name: 'Content-Encoding' },
    ContentLanguage: { in: 'header', name: 'Content-Language' },
    Expires: { in: 'header', name: 'Expires' },
    Metadata: { in: 'headers', prefix: 'x-amz-meta-' },
    StorageClass: { in: 'header', name: 'x-amz-storage-class' },
  } satisfies Record<string, InputBinding>;
}

/**
 * Range: a header value, and not the empty suffix range `bytes=-0` (the last 0 bytes), which
 * no object can satisfy (RFC 9110, 14.1.1; S3 answers InvalidRange).
 */
const range = () => headerString().check(rule((r: string) => (/^\s*bytes\s*=\s*-\s*0+\s*$/i.test(r) ? 'must not be the empty suffix range bytes=-0: no byte can satisfy it (InvalidRange)' : undefined)));

/** A read's range and conditions (GetObject, HeadObject): schemas. */
export const readConditionMembers = () => ({
  Range: z.optional(range()),
  IfMatch: z.optional(headerString()),
  IfNoneMatch: z.optional(headerString()),
  IfModifiedSince: z.optional(z.date()),
});

/** `bindings` plus those of a read's range and conditions (see withObjectHeaders). */
/* @__NO_SIDE_EFFECTS__ */
export function withReadConditions<B extends Record<string, InputBinding>>(bindings: B) {
  return {
    ...bindings,
    Range: { in: 'header', name: 'Range' },
    IfMatch: { in: 'header', name: 'If-Match' },
    IfNoneMatch: { in: 'header', name: 'If-None-Match' },
    IfModifiedSince: { in: 'header', name: 'If-Modified-Since' },
  } satisfies Record<string, InputBinding>;
}

/** What an upload body may be. A Node Readable is an AsyncIterable. */
export type StreamingBlobInput = Uint8Array | string | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export function isAsyncIterable(v: unknown): v is AsyncIterable<Uint8Array> {
  return typeof v === 'object' && v !== null && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/** Whether a body is a one-shot stream (its length is not known without reading it). */
export function isStreamBody(v: unknown): boolean {
  return !(v instanceof Uint8Array) && typeof v !== 'string' && !isBlob(v) && (isReadableStream(v) || isAsyncIterable(v));
}

export const streamingBody = () =>
  z.custom<StreamingBlobInput>((v) => typeof v === 'string' || v instanceof Uint8Array || isBlob(v) || isReadableStream(v) || isAsyncIterable(v), {
    message: 'must be bytes (Uint8Array), a string, a Blob or a stream (ReadableStream, Node Readable, AsyncIterable)',
  });

/** The byte length of a body when it is known without reading it. */
export function bodyLength(v: unknown): number | undefined {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'string') return new TextEncoder().encode(v).byteLength;
  if (v instanceof Uint8Array) return v.byteLength;
  if (isBlob(v)) return v.size;
  return undefined;
}

// Output shapes (parsed leniently: unknown members pass through).
export const ownerShape = /* @__PURE__ */ struct({ DisplayName: 'string', ID: 'string' });
export const objectShape = /* @__PURE__ */ struct({ Key: 'string', LastModified: 'timestamp', ETag: 'string', Size: 'integer', StorageClass: 'string', Owner: ownerShape });
/** `<Contents>` repeats in the result with no wrapper; one element is still a list. */
export const contentsShape = /* @__PURE__ */ list(objectShape, { flattened: true });
export const commonPrefixesShape = /* @__PURE__ */ list(/* @__PURE__ */ struct({ Prefix: 'string' }), { flattened: true });

export interface Owner {
  DisplayName?: string;
  ID?: string;
}

/** One object of a listing (`_Object` in the AWS SDK v3). */
export interface S3Object {
  Key?: string;
  LastModified?: Date;
  /** As sent, quotes included. */
  ETag?: string;
  Size?: number;
  StorageClass?: string;
  Owner?: Owner;
}
export type _Object = S3Object;

export interface CommonPrefix {
  Prefix?: string;
}
