import { ParamValidationError } from '../errors/ParamValidationError.js';

// The least each number may be. Each must also be finite, and maxAttempts whole. Time-outs and
// delays are ms (a time-out of 0 is none, as in v3); maxResponseBytes is bytes.
const LEAST: Record<string, number> = { maxAttempts: 1, maxResponseBytes: 1, requestTimeout: 0, connectTimeout: 0, connections: 1, keepAliveTimeout: 0, baseDelay: 0, maxDelay: 0, throttlingBaseDelay: 0 };

/**
 * The client's numbers (its retry options' among them), checked when the client is built (and a send's own overrides when it
 * starts), with the same ParamValidationError as inputs: a NaN or an Infinity made loops
 * unbounded (101 attempts from `maxAttempts: NaN`) and a NaN or negative time-out removed every
 * time-out.
 */
export function checkNumbers(who: string, values: object): void {
  const issues = [];
  for (const [path, v] of Object.entries(values)) {
    const least = LEAST[path];
    if (least !== undefined && v !== undefined && !(v >= least && v < Infinity && (path !== 'maxAttempts' || v % 1 === 0))) {
      issues.push({ path, message: `must be a ${path === 'maxAttempts' ? 'whole' : 'finite'} number, ${least} or more (got ${v})` });
    }
  }
  if (issues.length) throw new ParamValidationError(issues, who);
}
