import { awsJson1_1, COMMON_ERRORS, type ServiceSpec } from '@skiff/core';
import {
  AccessDeniedException, ExpiredNextTokenException, InternalFailureException, KMSAccessDeniedException, KMSDisabledException,
  KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException, ExpiredIteratorException, InvalidArgumentException, LimitExceededException, ProvisionedThroughputExceededException,
  ResourceInUseException, ResourceNotFoundException, Throttling, ValidationException,
} from './errors.js';
import { KinesisServiceException } from './errors.js';
import { version } from '../package.json';

/** Kinesis 2013-12-02: JSON 1.1 with `X-Amz-Target: Kinesis_20131202.<Op>`, signing name `kinesis`. */
export const kinesisService: ServiceSpec = {
  exception: KinesisServiceException,
  name: 'Kinesis',
  version,
  signingName: 'kinesis',
  protocol: /* @__PURE__ */ awsJson1_1({ targetPrefix: 'Kinesis_20131202' }),
  endpoint: (region) => `https://kinesis.${region}.amazonaws.com`,
  // The document's common errors, which any operation may return, and the operations' own
  // codes too, so a code arrives as its class whichever operation returned it.
  errors: [
    ...COMMON_ERRORS,
    ExpiredIteratorException, InvalidArgumentException, LimitExceededException, ProvisionedThroughputExceededException,
    ResourceInUseException, ResourceNotFoundException,
    Throttling, ValidationException,
    AccessDeniedException, ExpiredNextTokenException, InternalFailureException, KMSAccessDeniedException, KMSDisabledException,
    KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException,
  ],
  // "Insufficient provisioned throughput" (PutRecord, GetRecords, GetShardIterator): slow down and retry.
  throttlingCodes: ['ProvisionedThroughputExceededException'],
};
