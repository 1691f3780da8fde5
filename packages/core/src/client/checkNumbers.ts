import { ParamValidationError } from '../errors/ParamValidationError.js';

/**
 * The client's numbers, checked when the client is built (and a send's own overrides when it
 * starts): a NaN or an Infinity made v3-style loops unbounded (101 attempts from
 * `maxAttempts: NaN`) and a NaN or negative time-out removed every time-out. 0 stays what it
 * means in v3 for a time-out: none.
 */
export function checkNumbers(who: string, values: Record<string, number | undefined>, attempts?: number): void {
  const issues: Array<{ path: string; message: string }> = [];
  for (const [path, v] of Object.entries(values)) {
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) issues.push({ path, message: `must be a finite number of ms, 0 or more (got ${String(v)})` });
  }
  if (attempts !== undefined && (!Number.isInteger(attempts) || attempts < 1)) issues.push({ path: 'maxAttempts', message: `must be a whole number, 1 or more (got ${String(attempts)})` });
  if (issues.length) throw new ParamValidationError(issues, who);
}
