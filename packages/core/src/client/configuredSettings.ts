// Region and endpoint from the environment and the shared config file (Node only: platform/
// node.ts hands this to ClientBase; browsers get nothing). Endpoint precedence as botocore
// and the AWS SDKs document it (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html):
// AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the profile's `services` section, the
// profile's endpoint_url; none of them with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (or the
// profile's ignore_configured_endpoint_urls) true.
import { env, loadSharedConfigSync, profileName } from '../credentials/sharedConfig.js';

export interface ConfiguredSettings {
  region?: string;
  endpoint?: string;
}

/** Fills the region and endpoint a client's config left out (what ClientBase calls on first need). */
export function completeConfig(config: ConfiguredSettings, serviceId: string): void {
  const s = configuredSettings(serviceId, config.region === undefined, config.endpoint === undefined);
  config.region ??= s.region;
  config.endpoint ??= s.endpoint;
}

/** `serviceId`: the SDK service ID (`MediaStore Data`), which names the variable and the services key. */
export function configuredSettings(serviceId: string, wantRegion: boolean, wantEndpoint: boolean): ConfiguredSettings {
  if (!wantRegion && !wantEndpoint) return {};
  const config = loadSharedConfigSync();
  const profile = config.profiles[profileName()] ?? {};
  const out: ConfiguredSettings = {};
  if (wantRegion && profile.region) out.region = profile.region;
  if (!wantEndpoint) return out;
  const ignore = (env('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS') ?? profile.ignore_configured_endpoint_urls ?? '').toLowerCase() === 'true';
  if (ignore) return out;
  const key = serviceId.replace(/ /g, '_');
  const services = profile.services ? config.services[profile.services] : undefined;
  const endpoint = env(`AWS_ENDPOINT_URL_${key.toUpperCase()}`) ?? env('AWS_ENDPOINT_URL') ?? services?.[key.toLowerCase()]?.endpoint_url ?? profile.endpoint_url;
  if (endpoint) out.endpoint = endpoint;
  return out;
}
