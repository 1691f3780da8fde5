// The AWS SDK v3's enum objects for the members this package has (`PolicyScopeType.Local`),
// so code written for v3 compiles unchanged; keys and values are v3's. Plain objects: a
// bundle that does not use one drops it.
import type { PolicyScopeType as PolicyScopeTypes, PolicyUsageType as PolicyUsageTypes } from './shapes.js';

export const PolicyScopeType = { AWS: 'AWS', All: 'All', Local: 'Local' } as const satisfies Record<string, PolicyScopeTypes>;
export type PolicyScopeType = PolicyScopeTypes;

export const PolicyUsageType = {
  PermissionsBoundary: 'PermissionsBoundary',
  PermissionsPolicy: 'PermissionsPolicy',
} as const satisfies Record<string, PolicyUsageTypes>;
export type PolicyUsageType = PolicyUsageTypes;
