import { COMMON_ERRORS, restJson1, SkiffError, type ServiceSpec } from '@skiff/core';
import * as e from './errors.js';

/**
 * MediaStore Data: REST-JSON, signed as `mediastore` (the signing name of both planes). There
 * is no regional endpoint: each container has its own data endpoint (DescribeContainer's
 * Container.Endpoint), which the client must be given.
 */
export const mediaStoreDataService: ServiceSpec = {
  name: 'MediaStoreData',
  signingName: 'mediastore',
  protocol: /* @__PURE__ */ restJson1(),
  endpoint: () => {
    throw new SkiffError(NO_ENDPOINT);
  },
  // 000 "Common Errors": any operation may answer these.
  errors: [
    ...COMMON_ERRORS,
    e.AccessDeniedException,
    e.ThrottlingException,
  ],
};

export const NO_ENDPOINT =
  'MediaStoreDataClient needs `endpoint`: the data endpoint of the container (Container.Endpoint from DescribeContainer), or use dataClientForContainer(config, containerName)';
