import { COMMON_ERRORS, restJson1, restJson1Request, SkiffError, type RequestSpec, type ServiceErrorClass, type ServiceSpec } from '@skiff/core';
import { containerEndpoint, NO_ENDPOINT } from './dataEndpoint.js';
import * as e from './errors.js';
import { version } from '../package.json';

/**
 * MediaStore Data: REST-JSON, signed as `mediastore` (the signing name of both planes). There
 * is no regional endpoint: each container has its own data endpoint (DescribeContainer's
 * Container.Endpoint), which the client must be given.
 */
export const mediaStoreDataService: ServiceSpec = {
  exception: e.MediaStoreDataServiceException,
  name: 'MediaStoreData',
  version,
  serviceId: 'MediaStore Data',
  signingName: 'mediastore',
  protocol: /* @__PURE__ */ restJson1(),
  endpoint: noEndpoint,
  resolveEndpoint: containerEndpoint,
  // 000 "Common Errors": any operation may answer these.
  // concat, not an array spread, which a bundler must keep (and with it this whole declaration,
  // restJson1's response half included, in a presigner's bundle).
  errors: /* @__PURE__ */ (COMMON_ERRORS as readonly ServiceErrorClass[]).concat(e.AccessDeniedException, e.ThrottlingException),
};

/**
 * What building and signing a request needs: all MediaStoreDataPresigner holds. Written out,
 * not spread into the service above: a bundler keeps a spread, and with it the response half.
 */
export const mediaStoreDataRequests: RequestSpec = {
  name: 'MediaStoreData',
  serviceId: 'MediaStore Data',
  signingName: 'mediastore',
  protocol: /* @__PURE__ */ restJson1Request(),
  endpoint: noEndpoint,
  resolveEndpoint: containerEndpoint,
};

function noEndpoint(): never {
  throw new SkiffError(NO_ENDPOINT);
}

