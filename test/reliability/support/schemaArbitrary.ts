// fast-check arbitraries read off an operation's own input schema (zod/mini's definition):
// lengths, ranges, patterns, enums, lists and nested structures come from the schema, so
// every operation of every service gets generated inputs without a hand-written table. The
// few members whose rules are custom checks (S3 bucket names and keys, header-safe text,
// bodies) get a generator by member name. Every value is filtered through the member's own
// schema, and every input through the operation's, so what is generated is valid by the
// SDK's own rules; the mutations below are invalid by the documented constraints alone.
import fc from 'fast-check';
import { copySource } from '@skiff/s4-s3';

/** zod/mini's internal definition, as far as this reads it. */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: Record<string, unknown> & { check: string }; check?: { rules?: Bounds } } }>;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: Schema;
  valueType?: Schema;
  in?: Schema;
  format?: string;
}
export interface Schema {
  _zod: { def: Def };
  safeParse(v: unknown): { success: boolean };
}

export interface Bounds {
  min?: number;
  max?: number;
  pattern?: RegExp;
  int?: boolean;
}

export function defOf(s: Schema): Def {
  return s._zod.def;
}

export function boundsOf(s: Schema): Bounds {
  const b: Bounds = {};
  const d = defOf(s);
  if (d.format === 'safeint') b.int = true;
  for (const c of d.checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'min_length') b.min = cd.minimum as number;
    if (cd.check === 'max_length') b.max = cd.maximum as number;
    if (cd.check === 'greater_than') b.min = (cd.value as number) + (cd.inclusive ? 0 : 1);
    if (cd.check === 'less_than') b.max = (cd.value as number) - (cd.inclusive ? 0 : 1);
    if (cd.check === 'string_format' && cd.pattern instanceof RegExp) b.pattern = cd.pattern;
    // core's str()/int()/stringRules(): one check function (zod wraps it) that carries its rules.
    const rules = c._zod.check?.rules;
    if (rules) {
      const { min, max, pattern, int } = rules;
      Object.assign(b, { ...(min !== undefined && { min }), ...(max !== undefined && { max }), ...(pattern && { pattern }), ...(int && { int }) });
    }
  }
  return b;
}

const headerSafe = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);
const bucket = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}[a-z0-9]$/);
const s3Key = fc.oneof(
  fc.stringMatching(/^[\w.\- /]{1,40}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom('a/..b', '..a', '.', './x', 'x/.', '%2e%2e/x', 'a\\..\\b', 'photos/café.jpg', ' lead/trail '),
);

/** Generators by member name, for members whose rules are custom checks. */
const BY_NAME: Record<string, fc.Arbitrary<unknown>> = {
  Bucket: bucket,
  Key: s3Key,
  CopySource: fc.tuple(bucket, s3Key).map(([b, k]) => copySource(b, k)),
  ContentType: headerSafe,
  CacheControl: headerSafe,
  ContentDisposition: headerSafe,
  ContentEncoding: headerSafe,
  ContentLanguage: headerSafe,
  Range: fc.oneof(headerSafe, fc.tuple(fc.nat(1000), fc.nat(1000)).map(([a, b]) => `bytes=${a}-${a + b}`)),
  IfMatch: headerSafe,
  IfNoneMatch: headerSafe,
  Metadata: fc.dictionary(fc.stringMatching(/^[a-z0-9-]{1,12}$/), headerSafe, { maxKeys: 3 }),
  Body: fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 64 })),
  Data: fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 64 })),
  PartitionKey: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  PolicyArn: fc.stringMatching(/^arn:aws:iam::(aws|\d{12}):policy\/[\w+=,.@-]{1,40}$/),
  // A body length is checked against the body; the generated bodies carry their own.
  ContentLength: fc.constant(undefined),
  // So is a Content-MD5 (computed from the body when not given).
  ContentMD5: fc.constant(undefined),
  // S3 PutBucketPolicy takes a JSON object (MediaStore's Policy is text of the same kind).
  Policy: fc.dictionary(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.stringMatching(/^[\w .:/*-]{0,12}$/), { minKeys: 1, maxKeys: 3 }).map((d) => JSON.stringify(d)),
  Parts: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 5 }).map((ns) => ns.sort((a, b) => a - b).map((PartNumber) => ({ PartNumber, ETag: `"etag-${PartNumber}"` }))),
};

function str(b: Bounds): fc.Arbitrary<string> {
  const maxLength = Math.min(b.max ?? 40, 40);
  if (b.pattern) return fc.stringMatching(b.pattern, { size: 'small' });
  return fc.string({ unit: 'grapheme', minLength: b.min ?? 0, maxLength: Math.max(maxLength, b.min ?? 0) });
}

/** A generator of valid values for a schema (`name`: the member it describes). */
export function arbitraryFor(schema: Schema, name = ''): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  // A member the service does not support (core's unsupported()): absent, or a value it accepts.
  const unsupported = (schema as { unsupported?: { accepted: unknown[] } }).unsupported;
  if (unsupported) return fc.constantFrom(undefined, ...unsupported.accepted);
  if (d.type === 'optional') return arbitraryFor(d.innerType!, name);
  const named = BY_NAME[name];
  const base = named ?? structural(schema, name);
  return base.filter((v) => v === undefined || schema.safeParse(v).success);
}

function structural(schema: Schema, name: string): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const b = boundsOf(schema);
  switch (d.type) {
    case 'string':
      return str(b);
    case 'number':
      return fc.integer({ min: Math.max(b.min ?? -1000, -(2 ** 31)), max: Math.min(b.max ?? 1_000_000, 2 ** 31 - 1) });
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries!));
    case 'literal':
      return fc.constantFrom(...d.values!);
    case 'union':
      return fc.oneof(...d.options!.map((o) => arbitraryFor(o, name)));
    case 'pipe':
      return arbitraryFor(d.in!, name);
    case 'array':
      return fc.array(arbitraryFor(d.element!, `${name}[]`), { minLength: b.min ?? 0, maxLength: Math.min(b.max ?? 4, 4) });
    case 'record':
      return fc.dictionary(arbitraryFor(d.keyType!) as fc.Arbitrary<string>, arbitraryFor(d.valueType!), { maxKeys: 3 });
    case 'object':
      return objectArbitrary(schema);
    default:
      throw new Error(`no generator for ${name || '(input)'} of type ${d.type}: add one to BY_NAME`);
  }
}

function objectArbitrary(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const shape = defOf(schema).shape!;
  const members: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [k, v] of Object.entries(shape)) {
    members[k] = arbitraryFor(v, k);
    if (defOf(v).type !== 'optional') required.push(k);
  }
  return fc.record(members, { requiredKeys: required }).map((o) => {
    for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
    return o;
  });
}

/** A whole valid input for an operation: its members, then the operation's own object checks. */
export function inputArbitrary(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  return objectArbitrary(schema).filter((v) => schema.safeParse(v).success);
}

export interface Mutation {
  member: string;
  kind: string;
  apply(input: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Changes that break a member's documented constraint, read off its schema: a required
 * member dropped, a value of the wrong type, one past a length or range bound, a value
 * outside an enum, a non-integer or a non-finite number.
 */
export function mutationsFor(schema: Schema): Mutation[] {
  const out: Mutation[] = [];
  for (const [member, s] of Object.entries(defOf(schema).shape!)) {
    const optional = defOf(s).type === 'optional';
    const inner = optional ? defOf(s).innerType! : s;
    const d = defOf(inner);
    const b = boundsOf(inner);
    const set = (kind: string, value: () => unknown) => out.push({ member, kind, apply: (i) => ({ ...i, [member]: value() }) });
    if (!optional) out.push({ member, kind: 'missing', apply: ({ [member]: _drop, ...rest }) => rest });
    switch (d.type) {
      case 'string':
        set('a number for a string', () => 12_345);
        if (b.max !== undefined) set(`length ${b.max + 1} > ${b.max}`, () => 'a'.repeat(b.max! + 1));
        if (b.min !== undefined && b.min > 0) set(`empty, min ${b.min}`, () => '');
        break;
      case 'number':
        set('a string for a number', () => '7');
        set('NaN', () => NaN);
        set('Infinity', () => Infinity);
        if (b.int) set('not an integer', () => (b.min ?? 0) + 0.5);
        if (b.max !== undefined && b.max < Number.MAX_SAFE_INTEGER) set(`${b.max + 1} > max ${b.max}`, () => b.max! + 1);
        if (b.min !== undefined) set(`${b.min - 1} < min ${b.min}`, () => b.min! - 1);
        break;
      case 'enum':
      case 'literal':
        set('outside the enum', () => 'NOT_A_DOCUMENTED_VALUE');
        break;
      case 'boolean':
        set('a string for a boolean', () => 'true');
        break;
      case 'date':
      case 'pipe':
        set('not a date', () => 'yesterday');
        break;
      case 'array':
        set('not a list', () => 'x');
        if (b.min !== undefined && b.min > 0) set(`empty list, min ${b.min}`, () => []);
        break;
      case 'object':
      case 'record':
        set('not a structure', () => 'x');
        break;
      case 'custom':
      case 'union':
        set('a number for a body', () => 42);
        break;
    }
  }
  return out;
}
