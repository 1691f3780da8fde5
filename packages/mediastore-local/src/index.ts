export { startMediaStoreLocal, DEFAULT_CREDENTIALS } from './startMediaStoreLocal.js';
export type { MediaStoreLocal, MediaStoreLocalOptions } from './startMediaStoreLocal.js';
export type { Credential } from './verifySigV4.js';
export type { MediaStoreState, Container, ContainerDescription, ContainerStatus, StoredObject } from './MediaStoreState.js';
export { CONTROL_PLANE_OPERATIONS } from './controlPlane.js';
export { DATA_PREFIX } from './dataPlane.js';
export { MAX_OBJECT_BYTES, MAX_STREAMING_OBJECT_BYTES } from './putObject.js';
export type { Fault } from './FaultInjector.js';
