import {
  CreateContainer,
  DeleteContainer,
  DescribeContainer,
  ListContainers,
  StartAccessLogging,
  StopAccessLogging,
  type Operation,
  type RequestContext,
} from './containerOperations.js';
import { serializationError, unknownOperation } from './errors.js';
import type { MediaStoreState } from './MediaStoreState.js';
import * as policies from './policyOperations.js';
import { ListTagsForResource, TagResource, UntagResource } from './tagOperations.js';

/** The 21 operations of the MediaStore 2017-09-01 control plane (000 and 001). */
export const CONTROL_PLANE_OPERATIONS: Readonly<Record<string, Operation>> = {
  CreateContainer,
  DeleteContainer,
  DeleteContainerPolicy: policies.DeleteContainerPolicy,
  DeleteCorsPolicy: policies.DeleteCorsPolicy,
  DeleteLifecyclePolicy: policies.DeleteLifecyclePolicy,
  DeleteMetricPolicy: policies.DeleteMetricPolicy,
  DescribeContainer,
  GetContainerPolicy: policies.GetContainerPolicy,
  GetCorsPolicy: policies.GetCorsPolicy,
  GetLifecyclePolicy: policies.GetLifecyclePolicy,
  GetMetricPolicy: policies.GetMetricPolicy,
  ListContainers,
  ListTagsForResource,
  PutContainerPolicy: policies.PutContainerPolicy,
  PutCorsPolicy: policies.PutCorsPolicy,
  PutLifecyclePolicy: policies.PutLifecyclePolicy,
  PutMetricPolicy: policies.PutMetricPolicy,
  StartAccessLogging,
  StopAccessLogging,
  TagResource,
  UntagResource,
};

// seed-decisions: the live target prefix is MediaStore_20170901; 000's examples use the
// older ElementalMediaStoreService_20160711, which is accepted as an alias.
const TARGET_PREFIXES = ['MediaStore_20170901.', 'ElementalMediaStoreService_20160711.'];

/** Runs one JSON 1.1 call (`X-Amz-Target` + JSON body) and returns the output object. */
export function runControlPlane(target: string | undefined, body: Buffer, state: MediaStoreState, request: RequestContext): Record<string, unknown> {
  const prefix = TARGET_PREFIXES.find((p) => target?.startsWith(p));
  const name = prefix ? target!.slice(prefix.length) : undefined;
  const operation = name !== undefined && Object.hasOwn(CONTROL_PLANE_OPERATIONS, name) ? CONTROL_PLANE_OPERATIONS[name] : undefined;
  if (!operation) throw unknownOperation(target ? `Unknown operation: ${target}` : 'Missing X-Amz-Target header');
  let input: unknown = {};
  if (body.length > 0) {
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      throw serializationError('Start of structure or map found where not expected: the body is not valid JSON');
    }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw serializationError('The request body must be a JSON object');
  }
  const output = operation(input as Record<string, unknown>, state, request);
  // Every operation that is not a read changes something worth keeping (with a data dir).
  if (!/^(Get|List|Describe)/.test(name!)) state.saveContainers();
  return output;
}
