// S4 document, section 3: ActionName DetachGroupPolicy.
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, InvalidArgument, InvalidInput, LimitExceeded, NoSuchEntity, ServiceFailure } from '../errors.js';
import { groupName, policyArn } from '../shapes.js';

export interface DetachGroupPolicyInput {
  /** 1..128 characters of `[\w+=,.@-]`. */
  GroupName: string;
  /** 20..2048 characters. */
  PolicyArn: string;
}

/** The answer carries only response metadata. */
export type DetachGroupPolicyOutput = Record<never, never>;

export const DetachGroupPolicy = /* @__PURE__ */ defineOperation<DetachGroupPolicyInput, DetachGroupPolicyOutput>({
  name: 'DetachGroupPolicy',
  input: () => ({ GroupName: groupName(), PolicyArn: policyArn() }),
  errors: [InvalidArgument, InternalError, NoSuchEntity, LimitExceeded, InvalidInput, ServiceFailure],
});

export const DetachGroupPolicyCommand = /* @__PURE__ */ createCommand(DetachGroupPolicy);
export type DetachGroupPolicyCommand = InstanceType<typeof DetachGroupPolicyCommand>;
