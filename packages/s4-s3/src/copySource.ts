// x-amz-copy-source: `<bucket>/<key>`, URL-encoded, as the AWS SDK v3 takes it (seed-decisions.md:
// supported). copySource() builds it from a bucket and a raw key.
import * as z from 'zod/mini';
import { encodeGreedy, HEADER_SAFE } from '@skiff/core';
import { BUCKET_RULES, brokenRules, KEY_RULES } from './names.js';

/** `copySource('src-bucket', 'photos/café.jpg')` → `src-bucket/photos/caf%C3%A9.jpg`. */
export function copySource(bucket: string, key: string): string {
  return `${bucket}/${encodeGreedy(key)}`;
}

/** The problems with a CopySource value (empty when it is valid). */
export function copySourceProblems(v: string): string[] {
  if (!HEADER_SAFE.test(v)) return ['must be URL-encoded: no control characters or non-ASCII text (it is sent as a header); copySource(bucket, key) builds it'];
  const path = (v.startsWith('/') ? v.slice(1) : v).split('?')[0]!;
  const slash = path.indexOf('/');
  if (slash < 1 || slash === path.length - 1) return ['must name both a bucket and a key: "<bucket>/<key>"'];
  let key: string;
  try {
    key = decodeURIComponent(path.slice(slash + 1));
  } catch {
    return ['holds a malformed percent-escape'];
  }
  return [...brokenRules(BUCKET_RULES, path.slice(0, slash)).map((m) => `source bucket name ${m}`), ...brokenRules(KEY_RULES, key).map((m) => `source key ${m}`)];
}

export const copySourceSchema = () =>
  z.string().check(
    z.superRefine((v: string, ctx) => {
      for (const message of copySourceProblems(v)) ctx.issues.push({ code: 'custom', message, input: v });
    }),
  );
