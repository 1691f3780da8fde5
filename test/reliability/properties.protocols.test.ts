// Property tests over the protocol serializers and parsers, through core's protocol objects:
// JSON documents round-trip (blobs, timestamps, nested members); any JSON text, however its
// keys reach for prototypes, parses to the same data less those keys and pollutes nothing;
// XML written by the builder reads back to the same values through the parser; and the
// Query serializer's form body holds exactly the pairs the AWS Query rules give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsJson1_1, decodeJson, defineOperation, list, restJson1, jsonBody, struct, type Operation, type Shape } from '@skiff/core';
import { awsQuery, restXml } from '@skiff/core/xml';
import { count } from './support/registry.js';

const RUNS = 300;
const ctx = { endpoint: new URL('https://svc.example.com'), service: {} };
const UNSAFE = ['__proto__', 'constructor', 'prototype'];
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: unknown) => new TextDecoder().decode(b as Uint8Array);
type AnyOp = Operation<unknown, unknown>;
const op = (spec: Partial<AnyOp>): AnyOp => defineOperation({ name: 'Op', input: () => ({}) as never, decodeJson, ...spec } as never) as AnyOp;

const safeKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !UNSAFE.includes(k));
const date = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
const polluted = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
};

describe('JSON (awsJson1_1 and restJson1)', () => {
  const shape = { When: 'timestamp', Data: 'blob', Items: list(struct({ At: 'timestamp', Raw: 'blob' })) } as Record<string, Shape>;
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(safeKey, tie('value'), { maxKeys: 4 }),
  }));
  const document = fc.record(
    {
      When: date,
      Data: fc.uint8Array({ maxLength: 64 }),
      Items: fc.array(fc.record({ At: date, Raw: fc.uint8Array({ maxLength: 16 }) }), { maxLength: 3 }),
      Name: fc.string(),
      Extra: json.object,
    },
    { requiredKeys: [] },
  );

  it.each([
    ['awsJson1_1', awsJson1_1({ targetPrefix: 'Svc_1' })],
    ['restJson1', restJson1({ jsonBody })],
  ])('%s: a document round-trips (blobs, timestamps to the millisecond, nested members)', async (_n, p) => {
    const o = op({ inputShape: shape, output: shape, http: { method: 'POST', path: '/' } });
    await fc.assert(
      fc.asyncProperty(document, async (input) => {
        const req = await p.serialize(o, input, ctx);
        const out = await p.parse(o, { status: 200, headers: {}, body: req.body as Uint8Array });
        expect(out).toEqual(input);
      }),
      { numRuns: RUNS },
    );
    count('properties.runs', RUNS);
  });

  // JSON text built by hand, so keys can be anything, repeated, or hidden behind \u escapes.
  type Node = { k: 'obj'; e: Array<[string, Node]> } | { k: 'arr'; i: Node[] } | { k: 'val'; v: unknown };
  // An escaped key is written into the text as is; every other key is JSON-quoted (a generated
  // key that merely starts with a backslash and `u` is not an escape and would not parse).
  const ESCAPED = ['\\u005f_proto__'];
  const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...UNSAFE, ...ESCAPED));
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.record({ k: fc.constant('val' as const), v: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)) }), tie('obj'), tie('arr')),
    obj: fc.record({ k: fc.constant('obj' as const), e: fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }) }),
    arr: fc.record({ k: fc.constant('arr' as const), i: fc.array(tie('node'), { maxLength: 3 }) }),
  })) as unknown as { obj: fc.Arbitrary<Node> };
  const text = (n: Node): string =>
    n.k === 'val' ? JSON.stringify(n.v) : n.k === 'arr' ? `[${n.i.map(text).join(',')}]` : `{${n.e.map(([k, v]) => `${ESCAPED.includes(k) ? `"${k}"` : JSON.stringify(k)}:${text(v)}`).join(',')}}`;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (!UNSAFE.includes(k)) out[k] = strip(x);
      return out;
    }
    return v;
  };

  it('any JSON text parses to its data less prototype-reaching keys, at any depth, and pollutes nothing', async () => {
    const p = awsJson1_1({ targetPrefix: 'Svc_1' });
    const o = op({});
    await fc.assert(
      fc.asyncProperty(tree.obj, async (doc) => {
        const body = text(doc);
        const out = await p.parse(o, { status: 200, headers: {}, body: enc(body) });
        expect(out).toEqual(strip(JSON.parse(body)));
        const walk = (v: unknown): void => {
          if (v && typeof v === 'object') {
            expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
            for (const k of UNSAFE) expect(Object.hasOwn(v, k)).toBe(false);
            Object.values(v).forEach(walk);
          }
        };
        walk(out);
        // The same text as an error body: details are as clean.
        const err = p.parseError(o, { status: 400, headers: { 'x-amzn-errortype': 'Bad' } }, enc(body));
        walk(err.details);
        polluted();
      }),
      { numRuns: RUNS },
    );
    count('properties.runs', RUNS);
    count('hostile.prototype-pollution attempts survived', RUNS);
  });
});

describe('XML (restXml builder → parser)', () => {
  // Text XML 1.0 can carry: no other control characters, no lone surrogates, no U+FFFE/FFFF.
  const xmlText = fc.string({ unit: 'binary', maxLength: 24 }).filter((s) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s));
  const name = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,8}$/);

  type Field = { shape: Shape; value: fc.Arbitrary<unknown> };
  const scalar: fc.Arbitrary<Field> = fc.constantFrom<Field>(
    { shape: 'string', value: xmlText },
    { shape: 'integer', value: fc.integer() },
    { shape: 'boolean', value: fc.boolean() },
    { shape: 'timestamp', value: date },
  );
  const structOf = (fields: fc.Arbitrary<Field>, depth: number): fc.Arbitrary<Field> =>
    fc.uniqueArray(fc.tuple(name, depth > 0 ? fc.oneof(fields, structOf(fields, depth - 1), listOf(fields)) : fields), { selector: ([n]) => n, minLength: 1, maxLength: 4 }).map((entries) => ({
      shape: struct(Object.fromEntries(entries.map(([n, f]) => [n, f.shape]))),
      value: fc.record(Object.fromEntries(entries.map(([n, f]) => [n, f.value])), { requiredKeys: [] }),
    }));
  const listOf = (fields: fc.Arbitrary<Field>): fc.Arbitrary<Field> =>
    fc.tuple(fields, fc.boolean()).map(([f, flattened]) => ({
      shape: list(f.shape, flattened ? { flattened: true } : {}),
      // A flattened empty list leaves no element behind: it reads back as absent, so it has an item.
      value: fc.array(f.value, { minLength: flattened ? 1 : 0, maxLength: 3 }),
    }));

  it('a document written by the builder reads back to the same values (lists wrapped and flattened, nesting, escapes)', async () => {
    const p = restXml();
    await fc.assert(
      fc.asyncProperty(
        structOf(scalar, 2).chain((f) => fc.tuple(fc.constant(f), f.value)),
        async ([field, value]) => {
          const members = (field.shape as { struct: Record<string, Shape> }).struct;
          const write = op({ http: { method: 'POST', path: '/' }, xml: { inputRoot: 'Doc', inputShape: members } });
          const read = op({ http: { method: 'GET', path: '/' }, output: members });
          const req = await p.serialize(write, value, ctx);
          const out = await p.parse(read, { status: 200, headers: {}, body: req.body as Uint8Array });
          // An empty structure has nothing to write and reads back as {}.
          expect(out).toEqual(value);
        },
      ),
      { numRuns: RUNS },
    );
    count('properties.runs', RUNS);
  });
});

describe('Query (awsQuery flatten → form body)', () => {
  type Q = string | number | boolean | Q[] | { [k: string]: Q };
  const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean());
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('struct')),
    list: fc.array(tie('v'), { minLength: 1, maxLength: 3 }),
    struct: fc.dictionary(fc.stringMatching(/^[A-Z][A-Za-z]{0,6}$/), tie('v'), { minKeys: 1, maxKeys: 3 }),
  })) as unknown as { struct: fc.Arbitrary<Record<string, Q>> };

  /** The AWS Query rules, written independently: lists as Name.member.N (from 1), structures as Name.Member. */
  function pairs(prefix: string, v: Q, out: Array<[string, string]>): void {
    if (Array.isArray(v)) v.forEach((x, i) => pairs(`${prefix}.member.${i + 1}`, x, out));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) pairs(prefix ? `${prefix}.${k}` : k, x, out);
    else out.push([prefix, String(v)]);
  }

  it('the form body decodes to exactly the pairs the Query rules give, Action and Version first', async () => {
    const p = awsQuery({ version: '2010-05-08' });
    const o = op({ name: 'ListThings' } as Partial<AnyOp>);
    await fc.assert(
      fc.asyncProperty(value.struct, async (input) => {
        const req = await p.serialize(o, input, ctx);
        const body = dec(req.body);
        expect(body).not.toMatch(/[^A-Za-z0-9\-._~%&=]/); // fully percent-encoded
        const expected: Array<[string, string]> = [['Action', 'ListThings'], ['Version', '2010-05-08']];
        pairs('', input, expected);
        expect([...new URLSearchParams(body)]).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
    count('properties.runs', RUNS);
  });
});
