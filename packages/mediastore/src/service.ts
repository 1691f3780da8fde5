import { awsJson1_1, COMMON_ERRORS, type ServiceSpec } from '@skiff/core';
import * as e from './errors.js';
import { version } from '../package.json';

/**
 * The MediaStore control plane (2017-09-01): JSON 1.1, signing name `mediastore`.
 * seed-decisions "MediaStore X-Amz-Target": the prefix is `MediaStore_20170901`, not the
 * `ElementalMediaStoreService_20160711` of 000's examples.
 */
export const mediaStoreService: ServiceSpec = {
  exception: e.MediaStoreServiceException,
  name: 'MediaStore',
  version,
  signingName: 'mediastore',
  protocol: /* @__PURE__ */ awsJson1_1({ targetPrefix: 'MediaStore_20170901' }),
  endpoint: (region) => `https://mediastore.${region}.amazonaws.com`,
  // Every code gets its class whichever operation returns it (the documents do not list,
  // say, LimitExceededException under PutMetricPolicy, yet the rule quota raises it).
  errors: [
    ...COMMON_ERRORS,
    e.ContainerInUseException, e.ContainerNotFoundException, e.CorsPolicyNotFoundException, e.InternalServerError,
    e.LimitExceededException, e.PolicyNotFoundException,
    e.AccessDeniedException, e.ThrottlingException,
    e.InvalidSignatureException, e.IncompleteSignatureException, e.MissingAuthenticationTokenException,
    e.UnrecognizedClientException, e.ValidationException, e.SerializationException, e.UnknownOperationException,
  ],
};
