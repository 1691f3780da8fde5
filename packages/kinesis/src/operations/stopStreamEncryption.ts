// StopStreamEncryption: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Stops server-side encryption with a KMS key.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { ENCRYPTION_TYPES, keyId, onStream, type EncryptionType } from '../shapes.js';

export interface StopStreamEncryptionInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** KMS (NONE is in the enum; the service refuses it here). */
  EncryptionType: EncryptionType;
  /** A KMS key id, ARN, alias name or alias ARN: 1..2048 characters. */
  KeyId: string;
}
/** The service answers with an empty body. */
export interface StopStreamEncryptionOutput {}

export const StopStreamEncryption = /* @__PURE__ */ defineOperation<StopStreamEncryptionInput, StopStreamEncryptionOutput>({
  name: 'StopStreamEncryption',
  input: () => onStream({ EncryptionType: z.enum(ENCRYPTION_TYPES), KeyId: keyId() }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const StopStreamEncryptionCommand = /* @__PURE__ */ createCommand(StopStreamEncryption);
export type StopStreamEncryptionCommand = InstanceType<typeof StopStreamEncryptionCommand>;
