// The data endpoint rules that MediaStoreDataClient and MediaStoreDataPresigner share.
import { ParamValidationError, SkiffError, type BaseConfig } from '@skiff/core';
import { NO_ENDPOINT } from './service.js';
import { hasDotSegment } from './shapes.js';

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

/** With `validation: false` the schemas are off, but a path that would leave the container is still refused. */
export function refuseEscapingPath(operation: string, input: unknown): void {
  const path = (input as { Path?: unknown } | null)?.Path;
  if (typeof path === 'string' && hasDotSegment(path)) {
    throw new ParamValidationError([{ path: 'Path', message: "must not contain '.' or '..' segments (a path cannot leave its container)" }], operation);
  }
}
