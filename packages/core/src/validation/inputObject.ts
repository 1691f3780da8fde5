import * as z from 'zod/mini';
import type { InputSchema } from '../operation/Operation.js';
import { isZodSchema } from './validate.js';

/**
 * An operation's input schema as one zod schema: its members as a `z.object`, or the whole
 * input's schema as declared. For tools that read schemas (input generators in tests, docs);
 * the send path walks the members itself and never calls this.
 */
export function inputObject<I>(schema: InputSchema<I>): z.ZodMiniType<I> {
  return isZodSchema(schema) ? schema : (z.object(schema as Record<string, z.ZodMiniType>) as unknown as z.ZodMiniType<I>);
}
