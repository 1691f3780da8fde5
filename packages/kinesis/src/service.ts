import { awsJson1_1, type ServiceSpec } from '@skiff/core';
import {
  ExpiredIteratorException, InvalidArgumentException, LimitExceededException, ProvisionedThroughputExceededException,
  ResourceInUseException, ResourceNotFoundException, IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, Throttling, ValidationError, ValidationException,
} from './errors.js';

/** Kinesis 2013-12-02: JSON 1.1 with `X-Amz-Target: Kinesis_20131202.<Op>`, signing name `kinesis`. */
export const kinesisService: ServiceSpec = {
  name: 'Kinesis',
  signingName: 'kinesis',
  protocol: /* @__PURE__ */ awsJson1_1({ targetPrefix: 'Kinesis_20131202' }),
  endpoint: (region) => `https://kinesis.${region}.amazonaws.com`,
  // The document's common errors, which any operation may return, and the operations' own
  // codes too, so a code arrives as its class whichever operation returned it.
  errors: [
    ExpiredIteratorException, InvalidArgumentException, LimitExceededException, ProvisionedThroughputExceededException,
    ResourceInUseException, ResourceNotFoundException,
    IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
    InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
    RequestExpired, ServiceUnavailable, Throttling, ValidationError, ValidationException,
  ],
  // "Insufficient provisioned throughput" (PutRecord, GetRecords, GetShardIterator): slow down and retry.
  throttlingCodes: ['ProvisionedThroughputExceededException'],
};
