// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
import * as z from 'zod/mini';
// The request is not signed by AWS credentials: the token is the proof. Sent signed anyway by
// a client that has credentials; the web identity provider sends it with anonymous ones.
import { createCommand, defineOperation, str } from '@skiff/core';
import { ExpiredTokenException, IDPCommunicationErrorException, IDPRejectedClaimException, InvalidIdentityTokenException, MalformedPolicyDocument, PackedPolicyTooLarge, RegionDisabledException } from '../errors.js';
import { assumedRoleUserShape, credentialsShape, durationSeconds, roleArn, roleSessionName, type AssumedRoleUser, type StsCredentials } from '../shapes.js';

export interface AssumeRoleWithWebIdentityInput {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  ProviderId?: string;
  DurationSeconds?: number;
  Policy?: string;
}

export interface AssumeRoleWithWebIdentityOutput {
  Credentials?: StsCredentials;
  AssumedRoleUser?: AssumedRoleUser;
  SubjectFromWebIdentityToken?: string;
  Provider?: string;
  Audience?: string;
  PackedPolicySize?: number;
}

export const AssumeRoleWithWebIdentity = /* @__PURE__ */ defineOperation<AssumeRoleWithWebIdentityInput, AssumeRoleWithWebIdentityOutput>({
  name: 'AssumeRoleWithWebIdentity',
  input: () => ({
    RoleArn: roleArn(),
    RoleSessionName: roleSessionName(),
    WebIdentityToken: str({ min: 4, max: 20000 }),
    ProviderId: z.optional(str({ min: 4, max: 2048 })),
    DurationSeconds: z.optional(durationSeconds()),
    Policy: z.optional(str({ min: 1 })),
  }),
  output: {
    Credentials: credentialsShape,
    AssumedRoleUser: assumedRoleUserShape,
    SubjectFromWebIdentityToken: 'string',
    Provider: 'string',
    Audience: 'string',
    PackedPolicySize: 'integer',
  },
  errors: [MalformedPolicyDocument, PackedPolicyTooLarge, IDPRejectedClaimException, IDPCommunicationErrorException, InvalidIdentityTokenException, ExpiredTokenException, RegionDisabledException],
});

export const AssumeRoleWithWebIdentityCommand = /* @__PURE__ */ createCommand(AssumeRoleWithWebIdentity);
export type AssumeRoleWithWebIdentityCommand = InstanceType<typeof AssumeRoleWithWebIdentityCommand>;
