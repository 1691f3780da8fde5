// The service packages' shared build: scripts/tsupService.ts.
export { default } from '../../scripts/tsupService.js';
