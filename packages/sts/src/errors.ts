// STS error codes (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html and each action's page).
import { defineServiceError } from '@skiff/core';

export const MalformedPolicyDocument = /* @__PURE__ */ defineServiceError('MalformedPolicyDocument');
export const PackedPolicyTooLarge = /* @__PURE__ */ defineServiceError('PackedPolicyTooLarge');
export const RegionDisabledException = /* @__PURE__ */ defineServiceError('RegionDisabledException');
export const ExpiredTokenException = /* @__PURE__ */ defineServiceError('ExpiredTokenException');
export const IDPRejectedClaimException = /* @__PURE__ */ defineServiceError('IDPRejectedClaimException');
export const IDPCommunicationErrorException = /* @__PURE__ */ defineServiceError('IDPCommunicationError', 'server');
export const InvalidIdentityTokenException = /* @__PURE__ */ defineServiceError('InvalidIdentityToken');
export const AccessDenied = /* @__PURE__ */ defineServiceError('AccessDenied');
