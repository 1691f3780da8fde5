// Service-wide facts of S4's IAM (S4 document, section 3; contract.md).
import type { ServiceSpec } from '@skiff/core';
import { awsQuery } from '@skiff/core/xml';
import {
  AccessDenied,
  AccountProblem,
  AuthorizationQueryParametersError,
  IncompleteSignature,
  InternalError,
  InternalFailure,
  InvalidAccessKeyId,
  InvalidAction,
  InvalidRequest,
  InvalidURI,
  MissingParameter,
  MissingSecurityHeader,
  NoSuchAccessPoint,
  NoSuchBucket,
  NoSuchKey,
  RequestTimeout,
  RequestTimeTooSkewed,
  SignatureDoesNotMatch,
  ValidationError,
} from './errors.js';
import { IAMServiceException } from './errors.js';
import { version } from '../package.json';

export const IAM_API_VERSION = '2010-05-08';

export const iamService: ServiceSpec = {
  exception: IAMServiceException,
  name: 'IAM',
  version,
  signingName: 'iam',
  // Form-encoded POST to `/` with Action and Version; XML answers.
  protocol: /* @__PURE__ */ awsQuery({ version: IAM_API_VERSION }),
  endpoint: (region) => `https://iam.${region}.s4.mega.io`,
  // The codes the S4 document says any S4 service may return.
  errors: [
    InvalidURI,
    NoSuchAccessPoint,
    InvalidAction,
    InternalError,
    AccountProblem,
    IncompleteSignature,
    InternalFailure,
    InvalidAccessKeyId,
    InvalidRequest,
    MissingParameter,
    MissingSecurityHeader,
    SignatureDoesNotMatch,
    AccessDenied,
    RequestTimeTooSkewed,
    ValidationError,
    AuthorizationQueryParametersError,
    NoSuchBucket,
    NoSuchKey,
    RequestTimeout,
  ],
};
