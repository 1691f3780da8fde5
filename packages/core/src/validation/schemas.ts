// Building blocks for operation schemas. Every documented constraint is one check with a
// message that names it; the member name comes from the issue path.
import * as z from 'zod/mini';
import { utf8Length } from '../body/bytes.js';

/**
 * A string with documented length bounds (characters, i.e. code points) and an optional
 * pattern. One check that reports each broken constraint, where zod's minLength, maxLength and
 * regex checks cost about 1.8 KB minified in every browser bundle. A length problem is
 * reported alone: the pattern is not run over a string already known to be too long.
 */
/* @__NO_SIDE_EFFECTS__ */
export function str(opts: StringRules = {}) {
  return opts.min === undefined && opts.max === undefined && !opts.pattern ? z.string() : z.string().check(stringRules(opts));
}

export interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

/**
 * str()'s check by itself, for a schema that transforms the string first. The check carries
 * the rules it enforces (`rules`), so they stay readable off the schema (generated tests and
 * docs read them as they would zod's own checks).
 */
/* @__NO_SIDE_EFFECTS__ */
export function stringRules({ min, max, pattern }: StringRules) {
  const re = pattern && anchored(pattern);
  const problem = (s: string) => {
    const n = /[\uD800-\uDBFF]/.test(s) ? [...s].length : s.length;
    return min !== undefined && n < min ? `length must be at least ${min}` : max !== undefined && n > max ? `length must be at most ${max}` : re && !re.test(s) ? `must match the pattern ${re}` : undefined;
  };
  return Object.assign(rule(problem), { rules: { min, max, pattern: re } });
}

/**
 * One zod check worded by `problem` (undefined: no problem), in zod's function form
 * (`.check(fn)`): a bundle needs none of zod's refine machinery for it. Its issue lets the
 * schema's later checks run, as a refine's does.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule<T>(problem: (v: T) => string | undefined): z.core.CheckFn<T> {
  return (payload) => {
    const message = problem(payload.value);
    if (message !== undefined) payload.issues.push({ code: 'custom', message, input: payload.value, continue: true });
  };
}

export function anchored(re: RegExp): RegExp {
  const src = re.source;
  return src.startsWith('^') && src.endsWith('$') ? re : new RegExp(`^(?:${src})$`, re.flags);
}

/** An integer in a documented range (one check, as str(); its `rules` are readable too). */
/* @__NO_SIDE_EFFECTS__ */
export function int(opts: { min?: number; max?: number } = {}) {
  const min = opts.min ?? Number.MIN_SAFE_INTEGER;
  const max = opts.max ?? Number.MAX_SAFE_INTEGER;
  const check = rule((n: number) => (!Number.isInteger(n) ? 'must be an integer' : n < min ? `must be at least ${min}` : n > max ? `must be at most ${max}` : undefined));
  return z.number().check(Object.assign(check, { rules: { min: opts.min, max: opts.max, int: true } }));
}

/** At most `max` UTF-8 bytes (documents that count bytes, not characters). */
/* @__NO_SIDE_EFFECTS__ */
export function maxUtf8Bytes(max: number) {
  return rule((s: string) => (utf8Length(s) > max ? `must be at most ${max} bytes in UTF-8` : undefined));
}

/** A blob input: bytes, or a string sent as UTF-8. */
/* @__NO_SIDE_EFFECTS__ */
export function blob(opts: { min?: number; max?: number } = {}) {
  // One check, not a union of instanceof and string: zod's union machinery is about 1.4 KB of
  // every bundle that sends a blob.
  const base = z.custom<Uint8Array | string>((v) => v instanceof Uint8Array || typeof v === 'string', {
    error: (i) => (i.input === undefined ? 'is required' : 'must be bytes (a Uint8Array) or a string'),
  });
  const len = (v: Uint8Array | string) => (typeof v === 'string' ? utf8Length(v) : v.byteLength);
  const checks = [];
  if (opts.max !== undefined) {
    const max = opts.max;
    checks.push(rule((v: Uint8Array | string) => (len(v) > max ? `size must be at most ${max} bytes` : undefined)));
  }
  if (opts.min !== undefined) {
    const min = opts.min;
    checks.push(rule((v: Uint8Array | string) => (len(v) < min ? `size must be at least ${min} bytes` : undefined)));
  }
  return checks.length ? base.check(...checks) : base;
}

/** Header values: no CR/LF (header injection) and printable ASCII only. */
export const HEADER_SAFE = /^[\x20-\x7e\t]*$/;

/* @__NO_SIDE_EFFECTS__ */
export function headerValue(opts: { min?: number; max?: number; pattern?: RegExp } = {}) {
  const s = str(opts);
  return s.check(rule((v: string) => (HEADER_SAFE.test(v) ? undefined : 'must not contain control characters or non-ASCII text (it is sent as a header)')));
}

/** A timestamp input: a Date, or epoch seconds, or an ISO-8601 string. A function like the
 * other helpers: a schema built at module load costs every cold start (about 1 ms in Node,
 * where the first calls compile zod's constructors). */
/* @__NO_SIDE_EFFECTS__ */
export function timestampInput() {
  return z.union([z.date(), z.number(), z.string()]);
}

/**
 * A member the service documents as not supported, which it would ignore without a word:
 * refused when given, so that an answer is never read as filtered, protected or stored as
 * asked when it was not. `accepted`: values that ask for what the service does anyway (a
 * filter's "everything"), kept so that code written for AWS that passes them still runs.
 */
/* @__NO_SIDE_EFFECTS__ */
export function unsupported<T = never>(service: string, ...accepted: T[]) {
  const also = accepted.length ? ` (give none, or ${accepted.map((a) => JSON.stringify(a)).join(' or ')}, which is what ${service} does)` : '';
  // Optional, so that an object schema (z.object) does not call the absent member required.
  // The accepted values stay readable off the schema (generated tests read them).
  const schema = z.optional(z.custom<T>((v) => accepted.includes(v as T), { message: `${service} does not support this member: it would be ignored, not applied${also}` }));
  return Object.assign(schema, { unsupported: { accepted } });
}
