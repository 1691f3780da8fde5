// S4 document, section 3: ActionName AttachGroupPolicy.
import { createCommand, defineOperation } from '@skiff/core';
import { InternalError, InvalidArgument, InvalidInput, LimitExceeded, NoSuchEntity, PolicyNotAttachable, ServiceFailure } from '../errors.js';
import { groupName, policyArn } from '../shapes.js';

export interface AttachGroupPolicyInput {
  /** 1..128 characters of `[\w+=,.@-]`. */
  GroupName: string;
  /** 20..2048 characters. */
  PolicyArn: string;
}

/** The answer carries only response metadata. */
export type AttachGroupPolicyOutput = Record<never, never>;

export const AttachGroupPolicy = /* @__PURE__ */ defineOperation<AttachGroupPolicyInput, AttachGroupPolicyOutput>({
  name: 'AttachGroupPolicy',
  input: () => ({ GroupName: groupName(), PolicyArn: policyArn() }),
  errors: [InvalidArgument, InternalError, NoSuchEntity, LimitExceeded, InvalidInput, PolicyNotAttachable, ServiceFailure],
});

export const AttachGroupPolicyCommand = /* @__PURE__ */ createCommand(AttachGroupPolicy);
export type AttachGroupPolicyCommand = InstanceType<typeof AttachGroupPolicyCommand>;
