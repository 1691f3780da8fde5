import type * as z from 'zod/mini';
import { ParamValidationError, type ValidationIssue } from '../errors/ParamValidationError.js';

/** `['Rules', 0, 'AllowedOrigins']` → `Rules[0].AllowedOrigins`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

type ZodIssue = {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  input?: unknown;
  errors?: ZodIssue[][];
};

/** Words a reader understands: `number of items must be at most 100`, `is required`, `must be one of …`.
 * Strings and numbers are checked by core's own checks (schemas.ts), which word their issues
 * themselves; zod's issues here come from lists, enums, types and unions. */
export function describeIssue(i: ZodIssue): string {
  const what = i.origin === 'array' || i.origin === 'set' ? 'number of items' : i.origin === 'string' ? 'length' : 'value';
  switch (i.code) {
    case 'too_big':
      return `${what} must be at most ${i.maximum}`;
    case 'too_small':
      return `${what} must be at least ${i.minimum}`;
    case 'invalid_type':
      if ('input' in i && i.input === undefined) return 'is required';
      return `must be ${i.expected === 'array' ? 'a list' : `of type ${i.expected}`}`;
    case 'invalid_value':
      // A missing enum member is reported as a value outside the enum: say what is wrong.
      if ('input' in i && i.input === undefined) return 'is required';
      return `must be one of ${(i.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown member(s) ${(i.keys ?? []).join(', ')}`;
    case 'invalid_union': {
      // Report the branch that got furthest, so the message names a real constraint.
      const best = (i.errors ?? []).filter((e) => e.length).sort((a, b) => a.length - b.length)[0];
      return best?.[0] ? describeIssue(best[0]) : 'is not a valid value';
    }
    default:
      return i.message;
  }
}

export function toIssues(issues: ReadonlyArray<unknown>): ValidationIssue[] {
  return (issues as ZodIssue[]).map((i) => ({ path: formatPath(i.path), message: describeIssue(i) }));
}

/** Checks an input against its schema; throws ParamValidationError naming each member. */
export function validateInput<I>(schema: z.ZodMiniType<I>, input: unknown, operation: string): I {
  if (input === null || typeof input !== 'object') {
    throw new ParamValidationError([{ path: '', message: 'input must be an object' }], operation);
  }
  const r = schema.safeParse(input, { reportInput: true } as never);
  if (r.success) return r.data as I;
  throw new ParamValidationError(toIssues(r.error.issues), operation);
}
