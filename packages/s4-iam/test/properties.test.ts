// Property tests for the name checks, the form encoding and the document decoding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttachGroupPolicyCommand, AttachUserPolicyCommand, decodePolicyDocument, ParamValidationError } from '../src/index.js';
import { ARN, capturingClient, formOf } from './helpers.js';

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-'.split('');
const nameOf = (max: number) => fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: max }).map((a) => a.join(''));

describe('properties', () => {
  it('any IAM user name is accepted and arrives intact in the form body', async () => {
    await fc.assert(
      fc.asyncProperty(nameOf(64), async (UserName) => {
        const { cap, client } = capturingClient();
        await client.send(new AttachUserPolicyCommand({ UserName, PolicyArn: ARN }));
        expect(formOf(cap.requests[0]!).get('UserName')).toBe(UserName);
      }),
      { numRuns: 200 },
    );
  });

  it('a group name with any character outside [\\w+=,.@-] is refused and not sent', async () => {
    const outside = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !NAME_CHARS.includes(c));
    await fc.assert(
      fc.asyncProperty(nameOf(60), outside, fc.nat(60), async (name, bad, at) => {
        const i = Math.min(at, name.length);
        const GroupName = name.slice(0, i) + bad + name.slice(i);
        const { cap, client } = capturingClient();
        const err = await client.send(new AttachGroupPolicyCommand({ GroupName, PolicyArn: ARN })).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ParamValidationError);
        expect((err as ParamValidationError).issues.map((x) => x.path)).toEqual(['GroupName']);
        expect(cap.requests).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });

  it('a URL-encoded policy document decodes to the original JSON text', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom('', '\n', '\n  '), (json, pad) => {
        const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Sid: json }] });
        expect(decodePolicyDocument(`${pad}${encodeURIComponent(text)}${pad}`)).toBe(text);
        expect(decodePolicyDocument(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
