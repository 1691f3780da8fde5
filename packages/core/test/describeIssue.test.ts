import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ParamValidationError, validateInput } from '../src/index.js';

describe('validation messages', () => {
  const schema = z.object({ Level: z.enum(['ENABLED', 'DISABLED']), Opt: z.optional(z.enum(['A'])) });
  const issues = (input: unknown) => {
    try {
      validateInput(schema, input, 'Op');
    } catch (e) {
      expect(e).toBeInstanceOf(ParamValidationError);
      return (e as ParamValidationError).issues;
    }
    return [];
  };

  it('a missing enum member is required, a wrong one names the values', () => {
    expect(issues({})).toEqual([{ path: 'Level', message: 'is required' }]);
    expect(issues({ Level: 'ON' })).toEqual([{ path: 'Level', message: 'must be one of ENABLED, DISABLED' }]);
    expect(issues({ Level: 'ENABLED' })).toEqual([]);
  });
});
