// The data endpoint rules that MediaStoreDataClient and MediaStoreDataPresigner share.
import { ParamValidationError, SkiffError, type BaseConfig, type Operation } from '@skiff/core';
import { DOT_SEGMENT_MESSAGE, hasDotSegment } from './shapes.js';

export const NO_ENDPOINT =
  "MediaStoreDataClient needs `endpoint`: the container's data endpoint (DescribeContainer's Container.Endpoint), or use dataClientForContainer(config, containerName)";

/**
 * The endpoint is required (without a scheme, https is assumed); the signing region is
 * `region`, else the one named by an AWS data endpoint's host, else AWS_REGION.
 */
export function dataEndpointConfig<C extends BaseConfig & { endpoint: string }>(config: C, who: string): C {
  if (!config || typeof config.endpoint !== 'string' || config.endpoint === '') throw new SkiffError(NO_ENDPOINT);
  const endpoint = /^[a-z][a-z0-9+.-]*:\/\//i.test(config.endpoint) ? config.endpoint : `https://${config.endpoint}`;
  try {
    new URL(endpoint);
  } catch {
    throw new SkiffError(`${who}: endpoint '${config.endpoint}' is not a valid URL`);
  }
  return { ...config, endpoint, region: config.region ?? regionOf(endpoint) };
}

/** `https://aaabbbcccdddee.data.mediastore.us-west-2.amazonaws.com` → `us-west-2`. */
export function regionOf(endpoint: string): string | undefined {
  return /\.data\.mediastore\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/i.exec(new URL(endpoint).hostname)?.[1];
}

/**
 * The endpoint of every request is the container's: a path with `.` or `..` segments, which
 * would leave it, is refused here, so also with `validation: false` (the schemas refuse it
 * first otherwise). The service's resolveEndpoint rule, shared by the client and the presigner.
 */
export function containerEndpoint(url: URL, op: Operation<unknown, unknown>, input: unknown): URL {
  const path = (input as { Path?: unknown } | null)?.Path;
  if (typeof path === 'string' && hasDotSegment(path)) {
    throw new ParamValidationError([{ path: 'Path', message: DOT_SEGMENT_MESSAGE }], op.name);
  }
  return url;
}
