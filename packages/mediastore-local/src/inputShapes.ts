import { InputChecker, memberPath } from './InputChecker.js';

// Constraints from the service documents (000, 001); where they disagree,
// ../shared/design/seed-decisions.md decides, and the choice is named next to the rule.

export const CONTAINER_NAME = { min: 1, max: 255, pattern: /\w+/, patternText: '[\\w]+' } as const;
// Policy strings: 000 "Pattern: [\u0009\u000A\u000D\u0020-\u00FF]+".
const POLICY_TEXT = /[\u0009\u000A\u000D\u0020-\u00FF]+/;
const POLICY_TEXT_SRC = '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+';
export const CONTAINER_POLICY = { min: 1, max: 8192, pattern: POLICY_TEXT, patternText: POLICY_TEXT_SRC } as const;
// 001 gives no length for LifecyclePolicy; the service model's is 0..8192 with the same pattern.
export const LIFECYCLE_POLICY = { min: 0, max: 8192, pattern: POLICY_TEXT, patternText: POLICY_TEXT_SRC } as const;
export const TAGS_PER_CONTAINER = 50; // 001: "You can add up to 50 tags to each container."
export const METRIC_RULES_DEFAULT_QUOTA = 5; // 001: "By default, you can include up to five rules."

export function readContainerName(check: InputChecker, input: Record<string, unknown>, required = true): string | undefined {
  return check.string('containerName', input.ContainerName, { required, ...CONTAINER_NAME });
}

export interface Tag {
  Key: string;
  Value?: string;
}

/**
 * Tags (001). The documents give no key/value limits; these are AWS's tagging limits
 * (key 1..128, value 0..256 characters), which the service applies too.
 */
export function readTags(check: InputChecker, member: string, value: unknown, required: boolean): Tag[] {
  const items = check.list(member, value, { required, max: 200 });
  return items.map((item, i) => {
    const tag = check.structure(memberPath(member, i), item, { required: true }) ?? {};
    const Key = check.string(memberPath(member, i, 'Key'), tag.Key, { required: true, min: 1, max: 128 }) ?? '';
    const Value = check.string(memberPath(member, i, 'Value'), tag.Value, { min: 0, max: 256 });
    return Value === undefined ? { Key } : { Key, Value };
  });
}

const CORS_METHODS = ['PUT', 'GET', 'DELETE', 'HEAD'] as const;

/** A CORS policy (000 "CorsRule"). */
export function readCorsPolicy(check: InputChecker, value: unknown): Array<Record<string, unknown>> {
  const rules = check.list('corsPolicy', value, { required: true, min: 1, max: 100 });
  return rules.map((raw, i) => {
    const rule = check.structure(memberPath('CorsPolicy', i), raw, { required: true }) ?? {};
    const at = (m: string, j?: number) => (j === undefined ? memberPath('CorsPolicy', i, m) : memberPath('CorsPolicy', i, m, j));
    const text = { min: 1, pattern: POLICY_TEXT, patternText: POLICY_TEXT_SRC };
    const origins = check.list(at('AllowedOrigins'), rule.AllowedOrigins, { required: true, min: 1, max: 100 });
    origins.forEach((o, j) => {
      const s = check.string(at('AllowedOrigins', j), o, { required: true, max: 2048, ...text });
      if (s && s.split('*').length > 2) check.add(at('AllowedOrigins', j), s, 'Member must contain at most one wildcard character (*)');
    });
    // seed-decisions: AllowedMethods is required with 1..4 items, although 000 says "Required: No".
    const methods = check.list(at('AllowedMethods'), rule.AllowedMethods, { required: true, min: 1, max: 4 });
    methods.forEach((m, j) => check.string(at('AllowedMethods', j), m, { required: true, enum: CORS_METHODS }));
    const headers = check.list(at('AllowedHeaders'), rule.AllowedHeaders, { required: true, min: 0, max: 100 });
    headers.forEach((h, j) => {
      const s = check.string(at('AllowedHeaders', j), h, { required: true, max: 8192, ...text });
      if (s && s.split('*').length > 2) check.add(at('AllowedHeaders', j), s, 'Member must contain at most one wildcard character (*)');
    });
    const expose = check.list(at('ExposeHeaders'), rule.ExposeHeaders, { min: 0, max: 100 });
    expose.forEach((h, j) => check.string(at('ExposeHeaders', j), h, { required: true, max: 8192, ...text }));
    const maxAge = check.integer(at('MaxAgeSeconds'), rule.MaxAgeSeconds, { min: 0, max: 2147483647 });
    return {
      AllowedOrigins: origins,
      AllowedMethods: methods,
      AllowedHeaders: headers,
      ...(rule.ExposeHeaders !== undefined ? { ExposeHeaders: expose } : {}),
      ...(maxAge !== undefined ? { MaxAgeSeconds: maxAge } : {}),
    };
  });
}

/** A metric policy (001 PutMetricPolicy). */
export function readMetricPolicy(check: InputChecker, value: unknown): Record<string, unknown> {
  const policy = check.structure('metricPolicy', value, { required: true }) ?? {};
  const level = check.string('metricPolicy.containerLevelMetrics', policy.ContainerLevelMetrics, {
    required: true,
    enum: ['ENABLED', 'DISABLED'],
  });
  const out: Record<string, unknown> = { ContainerLevelMetrics: level };
  if (policy.MetricPolicyRules !== undefined) {
    // 001: "if you choose to include it, you must also include at least one rule"; 300 is
    // the most a quota increase allows (the default quota of 5 is checked by the operation).
    const rules = check.list('metricPolicy.metricPolicyRules', policy.MetricPolicyRules, { min: 1, max: 300 });
    out.MetricPolicyRules = rules.map((raw, i) => {
      const at = (m: string) => `metricPolicy.metricPolicyRules.${i + 1}.member.${m}`;
      const rule = check.structure(`metricPolicy.metricPolicyRules.${i + 1}.member`, raw, { required: true }) ?? {};
      return {
        // 001: up to 900 characters of a-z A-Z 0-9 _ = : . - ~ / and *.
        ObjectGroup: check.string(at('objectGroup'), rule.ObjectGroup, {
          required: true,
          min: 1,
          max: 900,
          pattern: /[a-zA-Z0-9_=:.\-~/*]+/,
        }),
        // 001: up to 30 characters of a-z A-Z 0-9 and _.
        ObjectGroupName: check.string(at('objectGroupName'), rule.ObjectGroupName, {
          required: true,
          min: 1,
          max: 30,
          pattern: /[a-zA-Z0-9_]+/,
        }),
      };
    });
  }
  return out;
}

/** Parses a policy document that must be a JSON object; `required` lists members it must have. */
export function readJsonDocument(check: InputChecker, member: string, text: string | undefined, required: string[]): void {
  if (text === undefined || text === '') return;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    check.add(member, text, 'Member must be a valid JSON document');
    return;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    check.add(member, text, 'Member must be a JSON object');
    return;
  }
  for (const k of required) if (!(k in doc)) check.add(member, text, `Member must contain a '${k}' element`);
}
