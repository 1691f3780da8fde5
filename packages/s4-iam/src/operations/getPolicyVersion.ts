// S4 document, section 3: ActionName GetPolicyVersion.
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidInput, NoSuchEntity, ServiceFailure, ValidationError } from '../errors.js';
import { policyArn, policyVersionShape, versionId, type PolicyVersion } from '../shapes.js';

export interface GetPolicyVersionInput {
  /** 20..2048 characters. */
  PolicyArn: string;
  /** `v<N>` (IAM's policyVersionIdType), e.g. the policy's DefaultVersionId. */
  VersionId: string;
}

export interface GetPolicyVersionOutput {
  /** `Document` is the policy's JSON text, already URL-decoded. */
  PolicyVersion?: PolicyVersion;
}

export const GetPolicyVersion = /* @__PURE__ */ defineOperation<GetPolicyVersionInput, GetPolicyVersionOutput>({
  name: 'GetPolicyVersion',
  input: () => ({ PolicyArn: policyArn(), VersionId: versionId() }),
  output: { PolicyVersion: policyVersionShape },
  errors: [ValidationError, InvalidInput, NoSuchEntity, ServiceFailure],
});

export const GetPolicyVersionCommand = /* @__PURE__ */ createCommand(GetPolicyVersion);
export type GetPolicyVersionCommand = InstanceType<typeof GetPolicyVersionCommand>;
