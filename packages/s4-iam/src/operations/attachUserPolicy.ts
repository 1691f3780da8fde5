// S4 document, section 3: ActionName AttachUserPolicy.
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, InvalidArgument, InvalidInput, LimitExceeded, NoSuchEntity, PolicyNotAttachable, ServiceFailure } from '../errors.js';
import { policyArn, userName } from '../shapes.js';

export interface AttachUserPolicyInput {
  /** 1..64 characters of `[\w+=,.@-]`. */
  UserName: string;
  /** 20..2048 characters. */
  PolicyArn: string;
}

/** The answer carries only response metadata. */
export type AttachUserPolicyOutput = Record<never, never>;

export const AttachUserPolicy = /* @__PURE__ */ defineOperation<AttachUserPolicyInput, AttachUserPolicyOutput>({
  name: 'AttachUserPolicy',
  input: () => ({ UserName: userName(), PolicyArn: policyArn() }),
  errors: [InvalidArgument, InternalError, NoSuchEntity, LimitExceeded, InvalidInput, PolicyNotAttachable, ServiceFailure],
});

export const AttachUserPolicyCommand = /* @__PURE__ */ createCommand(AttachUserPolicy);
export type AttachUserPolicyCommand = InstanceType<typeof AttachUserPolicyCommand>;
