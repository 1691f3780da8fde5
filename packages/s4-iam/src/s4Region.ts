// S4's region and endpoint rules: ../shared/design/seed-decisions.md, "S4 region and endpoint".
import type { ClientConfig } from '@skiff/core';

/** The S4 regions (S4 document, section 1: available endpoints). */
export const S4_REGIONS = ['eu-central-1', 'eu-central-2', 'ca-central-1', 'ca-west-1'] as const;

/** `g.s4.mega.io` "currently points to eu-central-1.s4.mega.io". */
export const GLOBAL_S4_REGION = 'eu-central-1';

/** The region an S4 host names (`iam.ca-west-1.s4.mega.io` → `ca-west-1`; `g` → eu-central-1). */
export function regionOfS4Endpoint(endpoint: string): string | undefined {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const label = /(?:^|\.)([a-z0-9-]+)\.s4\.mega\.io\.?$/.exec(host)?.[1];
  if (label === 'g') return GLOBAL_S4_REGION;
  return label && /^[a-z]{2}-[a-z]+-\d+$/.test(label) ? label : undefined;
}

/**
 * The client's `region` wins (it is the signing region and picks the default endpoint);
 * given only an S4 endpoint, its host names the region. `region: 'g'` means the global
 * host, signed for the region it points to.
 */
export function resolveS4Region<C extends ClientConfig>(config: C, service: string): C {
  if (config.region === 'g') return { ...config, region: GLOBAL_S4_REGION, endpoint: config.endpoint ?? `https://${service}.g.s4.mega.io` };
  if (config.region || !config.endpoint) return config;
  const region = regionOfS4Endpoint(config.endpoint);
  return region ? { ...config, region } : config;
}
