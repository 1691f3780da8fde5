import type * as z from 'zod/mini';
import { ParamValidationError, type ValidationIssue } from '../errors/ParamValidationError.js';
import type { InputSchema } from '../operation/Operation.js';

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
export function describeIssue(i: ZodIssue, missing = false): string {
  const what = i.origin === 'array' || i.origin === 'set' ? 'number of items' : i.origin === 'string' ? 'length' : 'value';
  switch (i.code) {
    case 'too_big':
      return `${what} must be at most ${i.maximum}`;
    case 'too_small':
      return `${what} must be at least ${i.minimum}`;
    case 'invalid_type':
      if (missing) return 'is required';
      return `must be ${i.expected === 'array' ? 'a list' : `of type ${i.expected}`}`;
    case 'invalid_value':
      // A missing enum member is reported as a value outside the enum: say what is wrong.
      if (missing) return 'is required';
      return `must be one of ${(i.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown member(s) ${(i.keys ?? []).join(', ')}`;
    case 'invalid_union': {
      // Report the branch that got furthest, so the message names a real constraint.
      const best = (i.errors ?? []).filter((e) => e.length).sort((a, b) => a.length - b.length)[0];
      return best?.[0] ? describeIssue(best[0], missing) : 'is not a valid value';
    }
    default:
      return i.message;
  }
}

/**
 * `input`: what was validated, to tell a missing member (`is required`) from a wrong one. It is
 * looked up by the issue's path rather than asked of zod (its `reportInput`), which copies the
 * input into every issue, and zod then writes each issue, input and all, into its error's
 * message: a 50 MiB blob that failed its check took minutes and ended in a RangeError.
 */
export function toIssues(issues: ReadonlyArray<unknown>, input?: unknown): ValidationIssue[] {
  return (issues as ZodIssue[]).map((i) => ({ path: formatPath(i.path), message: describeIssue(i, input !== undefined && valueAt(input, i.path) === undefined) }));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * Checks an input against its schema; throws ParamValidationError naming each member. Returns
 * what the schemas made of the input (a leading `/` dropped, say), with only the declared
 * members: an unknown member is not sent.
 */
export function validateInput<I>(schema: InputSchema<I>, input: unknown, operation: string): I {
  if (input === null || typeof input !== 'object') {
    throw new ParamValidationError([{ path: '', message: 'input must be an object' }], operation);
  }
  if (isZodSchema(schema)) {
    const r = schema.safeParse(input);
    if (r.success) return r.data as I;
    throw new ParamValidationError(toIssues(r.error.issues, input), operation);
  }
  // The walk z.object would do, without zod's object type in every bundle: each declared
  // member parsed by its own schema, issues prefixed with the member's name, in declared order.
  const members = schema as Record<string, z.ZodMiniType>;
  const out: Record<string, unknown> = {};
  let issues: ZodIssue[] | undefined;
  for (const name in members) {
    const value = (input as Record<string, unknown>)[name];
    const r = members[name]!.safeParse(value);
    if (!r.success) for (const i of r.error.issues as unknown as ZodIssue[]) (issues ??= []).push({ ...i, path: [name, ...i.path] });
    else if (r.data !== undefined || value !== undefined) out[name] = r.data;
  }
  if (issues) throw new ParamValidationError(toIssues(issues, input), operation);
  return out as I;
}


/** Whether an operation gave a zod schema of its whole input rather than its members. */
export function isZodSchema<I>(schema: InputSchema<I>): schema is z.ZodMiniType<I> {
  return '_zod' in schema;
}
