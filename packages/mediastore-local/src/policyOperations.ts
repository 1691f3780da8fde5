import { InputChecker } from './InputChecker.js';
import type { Operation } from './containerOperations.js';
import { corsPolicyNotFound, limitExceeded, policyNotFound } from './errors.js';
import {
  CONTAINER_POLICY,
  LIFECYCLE_POLICY,
  METRIC_RULES_DEFAULT_QUOTA,
  readContainerName,
  readCorsPolicy,
  readJsonDocument,
  readMetricPolicy,
} from './inputShapes.js';
import type { Container, MediaStoreState } from './MediaStoreState.js';

/** Validates ContainerName (plus what `more` reads) and returns the ACTIVE container. */
function target<T>(input: Record<string, unknown>, state: MediaStoreState, more: (check: InputChecker) => T): [Container, T] {
  const check = new InputChecker();
  const name = readContainerName(check, input)!;
  const extra = more(check);
  check.done();
  // Every policy operation documents ContainerInUseException for a container being created.
  return [state.getActive(name), extra];
}

const nothing = () => undefined;
const noPolicy = () => policyNotFound('The policy that you specified in the request does not exist.');

// 000 PutContainerPolicy: the policy holds "One Version tag" and "One Statement tag".
export const PutContainerPolicy: Operation = (input, state) => {
  const [c, policy] = target(input, state, (check) => {
    const p = check.string('policy', input.Policy, { required: true, ...CONTAINER_POLICY });
    readJsonDocument(check, 'policy', p, ['Version', 'Statement']);
    return p!;
  });
  c.policy = policy;
  return {};
};

export const GetContainerPolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.policy === undefined) throw noPolicy();
  return { Policy: c.policy };
};

export const DeleteContainerPolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.policy === undefined) throw noPolicy();
  c.policy = undefined;
  return {};
};

// 000 PutCorsPolicy: "The policy can contain up to 398,000 characters."
export const PutCorsPolicy: Operation = (input, state) => {
  const [c, rules] = target(input, state, (check) => {
    const r = readCorsPolicy(check, input.CorsPolicy);
    const size = JSON.stringify(input.CorsPolicy ?? []).length;
    if (size > 398_000) check.add('corsPolicy', `${size} characters`, 'Member must have at most 398000 characters');
    return r;
  });
  c.corsPolicy = rules;
  return {};
};

const noCors = () => corsPolicyNotFound('The CORS policy that you specified in the request does not exist.');

export const GetCorsPolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.corsPolicy === undefined) throw noCors();
  return { CorsPolicy: c.corsPolicy };
};

export const DeleteCorsPolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.corsPolicy === undefined) throw noCors();
  c.corsPolicy = undefined;
  return {};
};

// 001 PutLifecyclePolicy. The policy is stored, not applied: objects here never expire.
export const PutLifecyclePolicy: Operation = (input, state) => {
  const [c, policy] = target(input, state, (check) => {
    const p = check.string('lifecyclePolicy', input.LifecyclePolicy, { required: true, ...LIFECYCLE_POLICY });
    readJsonDocument(check, 'lifecyclePolicy', p, ['rules']);
    return p!;
  });
  c.lifecyclePolicy = policy;
  return {};
};

export const GetLifecyclePolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.lifecyclePolicy === undefined) throw noPolicy();
  return { LifecyclePolicy: c.lifecyclePolicy };
};

export const DeleteLifecyclePolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.lifecyclePolicy === undefined) throw noPolicy();
  c.lifecyclePolicy = undefined;
  return {};
};

// 001 PutMetricPolicy. Stored only: no metrics go anywhere.
export const PutMetricPolicy: Operation = (input, state) => {
  const [c, policy] = target(input, state, (check) => readMetricPolicy(check, input.MetricPolicy));
  const rules = policy.MetricPolicyRules as unknown[] | undefined;
  if (rules && rules.length > METRIC_RULES_DEFAULT_QUOTA) {
    throw limitExceeded(`A service limit has been exceeded: at most ${METRIC_RULES_DEFAULT_QUOTA} metric policy rules (the default quota)`);
  }
  c.metricPolicy = policy;
  return {};
};

export const GetMetricPolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.metricPolicy === undefined) throw noPolicy();
  return { MetricPolicy: c.metricPolicy };
};

export const DeleteMetricPolicy: Operation = (input, state) => {
  const [c] = target(input, state, nothing);
  if (c.metricPolicy === undefined) throw noPolicy();
  c.metricPolicy = undefined;
  return {};
};
