import { serializationError, validationError } from './errors.js';

type StringRule = {
  required?: boolean;
  min?: number;
  max?: number;
  /** Full-match pattern; `patternText` is how AWS prints it in the message. */
  pattern?: RegExp;
  patternText?: string;
  enum?: readonly string[];
};

/**
 * Collects constraint violations the way AWS JSON services report them, so a client sees
 * `2 validation errors detected: Value 'x' at 'containerName' failed to satisfy constraint:
 * Member must ...; ...` rather than a generic 400. A member of the wrong JSON type is a
 * SerializationException (thrown at once), as the coral framework answers it.
 */
export class InputChecker {
  private readonly problems: string[] = [];

  /** A string member; returns it (or undefined when absent and optional). */
  string(path: string, value: unknown, rule: StringRule): string | undefined {
    if (value === undefined || value === null) {
      if (rule.required) this.add(path, null, 'Member must not be null');
      return undefined;
    }
    if (typeof value !== 'string') throw serializationError(`Unexpected value type for member '${path}': expected a string`);
    // Lengths are counted in characters (code points), as the service models define them.
    const length = [...value].length;
    if (rule.min !== undefined && length < rule.min) this.add(path, value, `Member must have length greater than or equal to ${rule.min}`);
    if (rule.max !== undefined && length > rule.max) this.add(path, value, `Member must have length less than or equal to ${rule.max}`);
    if (rule.pattern && !fullMatch(rule.pattern, value)) {
      this.add(path, value, `Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern.source}`);
    }
    if (rule.enum && !rule.enum.includes(value)) this.add(path, value, `Member must satisfy enum value set: [${rule.enum.join(', ')}]`);
    return value;
  }

  /** An integer member within [min, max]. */
  integer(path: string, value: unknown, rule: { required?: boolean; min?: number; max?: number }): number | undefined {
    if (value === undefined || value === null) {
      if (rule.required) this.add(path, null, 'Member must not be null');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw serializationError(`Unexpected value type for member '${path}': expected an integer`);
    }
    if (rule.min !== undefined && value < rule.min) this.add(path, value, `Member must have value greater than or equal to ${rule.min}`);
    if (rule.max !== undefined && value > rule.max) this.add(path, value, `Member must have value less than or equal to ${rule.max}`);
    return value;
  }

  /** A list member; returns its items (an empty array when absent). */
  list(path: string, value: unknown, rule: { required?: boolean; min?: number; max?: number }): unknown[] {
    if (value === undefined || value === null) {
      if (rule.required) this.add(path, null, 'Member must not be null');
      return [];
    }
    if (!Array.isArray(value)) throw serializationError(`Unexpected value type for member '${path}': expected a list`);
    if (rule.min !== undefined && value.length < rule.min) this.add(path, '[…]', `Member must have length greater than or equal to ${rule.min}`);
    if (rule.max !== undefined && value.length > rule.max) this.add(path, '[…]', `Member must have length less than or equal to ${rule.max}`);
    return value;
  }

  /** A structure member; returns it as a record (undefined when absent). */
  structure(path: string, value: unknown, rule: { required?: boolean }): Record<string, unknown> | undefined {
    if (value === undefined || value === null) {
      if (rule.required) this.add(path, null, 'Member must not be null');
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw serializationError(`Unexpected value type for member '${path}': expected a structure`);
    }
    return value as Record<string, unknown>;
  }

  /** Records a violation found by a check the helpers above do not cover. */
  add(path: string, value: unknown, constraint: string): void {
    const shown = value === null ? 'null' : `'${typeof value === 'string' ? value.slice(0, 200) : String(value)}'`;
    this.problems.push(`Value ${value === null ? 'null' : shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }

  /** Throws one ValidationException listing every violation, if there is any. */
  done(): void {
    const n = this.problems.length;
    if (n === 0) return;
    throw validationError(`${n} validation error${n === 1 ? '' : 's'} detected: ${this.problems.join('; ')}`);
  }
}

const anchored = new WeakMap<RegExp, RegExp>();

// AWS patterns must match the whole value; the declared patterns are written unanchored.
function fullMatch(pattern: RegExp, value: string): boolean {
  let a = anchored.get(pattern);
  if (!a) anchored.set(pattern, (a = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', ''))));
  return a.test(value);
}

/** The member path AWS prints: `CorsPolicy[0].AllowedOrigins` → `corsPolicy.1.member.allowedOrigins`. */
export function memberPath(...parts: Array<string | number>): string {
  return parts
    .map((p) => (typeof p === 'number' ? `${p + 1}.member` : p.charAt(0).toLowerCase() + p.slice(1)))
    .join('.');
}
