// S4 document, section 3: ActionName DetachUserPolicy.
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, InvalidArgument, InvalidInput, LimitExceeded, NoSuchEntity, ServiceFailure } from '../errors.js';
import { policyArn, userName } from '../shapes.js';

export interface DetachUserPolicyInput {
  /** 1..64 characters of `[\w+=,.@-]`. */
  UserName: string;
  /** 20..2048 characters. */
  PolicyArn: string;
}

/** The answer carries only response metadata. */
export type DetachUserPolicyOutput = Record<never, never>;

export const DetachUserPolicy = /* @__PURE__ */ defineOperation<DetachUserPolicyInput, DetachUserPolicyOutput>({
  name: 'DetachUserPolicy',
  input: () => ({ UserName: userName(), PolicyArn: policyArn() }),
  errors: [InvalidArgument, InternalError, NoSuchEntity, LimitExceeded, InvalidInput, ServiceFailure],
});

export const DetachUserPolicyCommand = /* @__PURE__ */ createCommand(DetachUserPolicy);
export type DetachUserPolicyCommand = InstanceType<typeof DetachUserPolicyCommand>;
