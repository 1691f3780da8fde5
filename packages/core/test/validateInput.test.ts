// validateInput walks an operation's members itself (no z.object in bundles); it must give what
// z.object gives: the same issues, the same output, unknown members left out.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ParamValidationError, inputObject, rule, str, timestampInput, validateInput, type InputMembers } from '../src/index.js';

interface Input {
  Name: string;
  Path?: string;
  Rules?: { Origin: string }[];
}

const members = (): InputMembers<Input> => ({
  Name: str({ min: 1, max: 5 }),
  Path: z.optional(z.string().check(z.overwrite((s) => s.replace(/^\//, '')))),
  Rules: z.optional(z.array(z.object({ Origin: str({ min: 1 }) })).check(z.maxLength(2))),
});

function issuesOf(schema: Parameters<typeof validateInput>[0], input: unknown) {
  try {
    validateInput(schema, input, 'Op');
  } catch (e) {
    expect(e).toBeInstanceOf(ParamValidationError);
    return (e as ParamValidationError).issues;
  }
  return [];
}

describe('validateInput over members', () => {
  it('returns what the schemas made of the input, declared members only', () => {
    const out = validateInput(members(), { Name: 'ab', Path: '/a/b', Extra: 'not sent', __proto__: { Name: 'x' } }, 'Op');
    expect(out).toEqual({ Name: 'ab', Path: 'a/b' });
    expect(Object.keys(out)).toEqual(['Name', 'Path']);
  });

  it('names each broken member, nested paths included, in declared order', () => {
    expect(issuesOf(members(), { Path: 3, Rules: [{ Origin: 'x' }, { Origin: '' }] })).toEqual([
      { path: 'Name', message: 'is required' },
      { path: 'Path', message: 'must be of type string' },
      { path: 'Rules[1].Origin', message: 'length must be at least 1' },
    ]);
    expect(issuesOf(members(), { Name: 'ab', Rules: [{ Origin: 'x' }, { Origin: 'y' }, { Origin: 'z' }] })).toEqual([{ path: 'Rules', message: 'number of items must be at most 2' }]);
  });

  it('reports what z.object of the same members reports, for the same inputs', () => {
    const inputs: unknown[] = [
      {},
      { Name: '' },
      { Name: 'toolong', Path: 1 },
      { Name: 'a', Rules: 'x' },
      { Name: 'a', Rules: [{}] },
      { Name: 'a', Rules: [{ Origin: '' }, { Origin: 'x' }, { Origin: 'y' }] },
      { Name: 'a', Path: null },
      { Name: 'ok', Rules: [{ Origin: 'o' }] },
      { Name: 'ok', Path: '/p', Other: 1 },
    ];
    for (const input of inputs) {
      const walked = issuesOf(members(), input);
      const whole = issuesOf(inputObject(members()), input);
      expect(walked, JSON.stringify(input)).toEqual(whole);
      if (!walked.length) expect(validateInput(members(), input, 'Op')).toEqual(validateInput(inputObject(members()), input, 'Op'));
    }
  });

  it('refuses an input that is not an object, before any member is read', () => {
    expect(issuesOf(members(), null)).toEqual([{ path: '', message: 'input must be an object' }]);
    expect(issuesOf(members(), 'Name')).toEqual([{ path: '', message: 'input must be an object' }]);
  });

  it('takes a zod schema of the whole input as it is, for rules across members', () => {
    const schema = z.object(members()).check(z.refine((i) => i.Path !== undefined || i.Rules === undefined, { path: ['Path'], message: 'is required with Rules' }));
    expect(issuesOf(schema, { Name: 'a', Rules: [{ Origin: 'o' }] })).toEqual([{ path: 'Path', message: 'is required with Rules' }]);
    expect(inputObject(schema)).toBe(schema);
  });

  it('rule(): a check worded by its problem; the checks after it still run, as after a refine', () => {
    const noSpace = rule((v: string) => (v.includes(' ') ? 'must not contain spaces' : undefined));
    const short = rule((v: string) => (v.length > 3 ? 'length must be at most 3' : undefined));
    const schema = { A: z.string().check(noSpace, short) };
    expect(issuesOf(schema, { A: 'a bcd' })).toEqual([
      { path: 'A', message: 'must not contain spaces' },
      { path: 'A', message: 'length must be at most 3' },
    ]);
    expect(issuesOf(schema, { A: 'ab' })).toEqual([]);
    expect(issuesOf(schema, { A: 1 })).toEqual([{ path: 'A', message: 'must be of type string' }]);
  });

  it('timestampInput(): a Date, epoch seconds or a string', () => {
    const schema = { At: timestampInput() };
    for (const At of [new Date(0), 1_700_000_000, '2026-11-21T00:00:00Z']) expect(issuesOf(schema, { At })).toEqual([]);
    expect(issuesOf(schema, { At: true })[0]?.path).toBe('At');
  });

  it('a missing enum member is required, a wrong one names the values', () => {
    const schema = { Level: z.enum(['ENABLED', 'DISABLED']), Opt: z.optional(z.enum(['A'])) };
    expect(issuesOf(schema, {})).toEqual([{ path: 'Level', message: 'is required' }]);
    expect(issuesOf(schema, { Level: 'ON' })).toEqual([{ path: 'Level', message: 'must be one of ENABLED, DISABLED' }]);
    expect(issuesOf(schema, { Level: 'ENABLED' })).toEqual([]);
  });
});

describe('utf8Length', () => {
  it('counts what TextEncoder writes, surrogate pairs and lone surrogates included', async () => {
    const { utf8Length } = await import('../src/index.js');
    const pieces = ['a', 'é', '€', '😀', '\ud800', '\udc00', 'z\ud83dq', '\u07ff', '\u0800', '\uffff'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(utf8Length(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).byteLength);
    }
  });
});
