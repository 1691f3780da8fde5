// One class per error code of the Kinesis API Reference (2013-12-02): the operations' own
// errors (each operation's "Errors" section) and the document's "Common Errors".
import { defineServiceError, defineServiceException } from '@skiff/core';

/** The base class of every error of this service, as the AWS SDK v3 names it: this package's
 * classes extend it, and `err instanceof KinesisServiceException` holds as well for core's common classes
 * and for codes no class declares, when a Kinesis client returned them. */
export const KinesisServiceException = /* @__PURE__ */ defineServiceException('KinesisServiceException');
export type KinesisServiceException = InstanceType<typeof KinesisServiceException>;

/** defineServiceError with this package's base class. */
/* @__NO_SIDE_EFFECTS__ */
function kinesisError<N extends string>(code: N, fault?: 'client' | 'server', retryable?: { throttling: boolean }) {
  return defineServiceError(code, fault, retryable, KinesisServiceException);
}

// The common errors the AWS documents share are core's (the same classes in every service).
export {
  IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from '@skiff/core';

// Operation errors.
export const InvalidArgumentException = /* @__PURE__ */ kinesisError('InvalidArgumentException');
export const LimitExceededException = /* @__PURE__ */ kinesisError('LimitExceededException');
export const ResourceInUseException = /* @__PURE__ */ kinesisError('ResourceInUseException');
export const ResourceNotFoundException = /* @__PURE__ */ kinesisError('ResourceNotFoundException');
export const ExpiredIteratorException = /* @__PURE__ */ kinesisError('ExpiredIteratorException');
/** Retried with throttling backoff by the client (service.ts `throttlingCodes`). */
export const ProvisionedThroughputExceededException = /* @__PURE__ */ kinesisError('ProvisionedThroughputExceededException', 'client', { throttling: true });

// Today's API reference (botocore's kinesis service-2.json): codes the 2013 document does not have.
export const ExpiredNextTokenException = /* @__PURE__ */ defineServiceError('ExpiredNextTokenException');
export const AccessDeniedException = /* @__PURE__ */ defineServiceError('AccessDeniedException');
/** A server fault (retried as one): the service's own failure. */
export const InternalFailureException = /* @__PURE__ */ defineServiceError('InternalFailureException', 'server');
// The KMS key of an encrypted stream, as PutRecord(s), GetRecords and StartStreamEncryption report it.
export const KMSDisabledException = /* @__PURE__ */ defineServiceError('KMSDisabledException');
export const KMSInvalidStateException = /* @__PURE__ */ defineServiceError('KMSInvalidStateException');
export const KMSAccessDeniedException = /* @__PURE__ */ defineServiceError('KMSAccessDeniedException');
export const KMSNotFoundException = /* @__PURE__ */ defineServiceError('KMSNotFoundException');
export const KMSOptInRequired = /* @__PURE__ */ defineServiceError('KMSOptInRequired');
/** KMS throttled the request. Not retried by the client (it is KMS's limit, not the
 * stream's); KinesisProducer retries records that fail with it. */
export const KMSThrottlingException = /* @__PURE__ */ defineServiceError('KMSThrottlingException');

// Common errors (document section "Common Errors") that this document words its own way; the rest are core's (above).
export const Throttling = /* @__PURE__ */ kinesisError('Throttling', 'client', { throttling: true });
/** Not in the 2013 document: the code the live service (and kinesalite) return for an input
 * that breaks a constraint, when client-side validation is off. */
export const ValidationException = /* @__PURE__ */ kinesisError('ValidationException');
