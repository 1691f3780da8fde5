import { SkiffError } from './SkiffError.js';

export interface ValidationIssue {
  /** The member, dotted for nested members and indexed for lists: `Rules[0].AllowedOrigins`. */
  path: string;
  message: string;
}

/** Thrown before anything is signed or sent when an input breaks a documented constraint. */
export class ParamValidationError extends SkiffError {
  override name = 'ParamValidationError' as const;
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], operation?: string) {
    const head = operation ? `${operation}: invalid input` : 'Invalid input';
    super(`${head}: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`);
    this.issues = issues;
    this.$fault = 'client';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}
