// S4 document, section 3: ActionName GetPolicy.
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidInput, NoSuchEntity, ServiceFailure, ValidationError } from '../errors.js';
import { policyArn, policyShape, type Policy } from '../shapes.js';

export interface GetPolicyInput {
  /** 20..2048 characters. */
  PolicyArn: string;
}

export interface GetPolicyOutput {
  Policy?: Policy;
}

export const GetPolicy = /* @__PURE__ */ defineOperation<GetPolicyInput, GetPolicyOutput>({
  name: 'GetPolicy',
  input: () => ({ PolicyArn: policyArn() }),
  output: { Policy: policyShape },
  errors: [ValidationError, InvalidInput, NoSuchEntity, ServiceFailure],
});

export const GetPolicyCommand = /* @__PURE__ */ createCommand(GetPolicy);
export type GetPolicyCommand = InstanceType<typeof GetPolicyCommand>;
