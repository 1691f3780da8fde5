// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
import * as z from 'zod/mini';
import { createCommand, defineOperation, str } from '@skiff/core';
import { ExpiredTokenException, MalformedPolicyDocument, PackedPolicyTooLarge, RegionDisabledException } from '../errors.js';
import { assumedRoleUserShape, credentialsShape, durationSeconds, roleArn, roleSessionName, type AssumedRoleUser, type StsCredentials } from '../shapes.js';

export interface AssumeRoleInput {
  RoleArn: string;
  RoleSessionName: string;
  /** 900..43200 s (default 3600). */
  DurationSeconds?: number;
  ExternalId?: string;
  Policy?: string;
  /** The MFA device's serial number or ARN, with TokenCode. */
  SerialNumber?: string;
  TokenCode?: string;
  SourceIdentity?: string;
}

export interface AssumeRoleOutput {
  Credentials?: StsCredentials;
  AssumedRoleUser?: AssumedRoleUser;
  PackedPolicySize?: number;
  SourceIdentity?: string;
}

export const AssumeRole = /* @__PURE__ */ defineOperation<AssumeRoleInput, AssumeRoleOutput>({
  name: 'AssumeRole',
  input: () => ({
    RoleArn: roleArn(),
    RoleSessionName: roleSessionName(),
    DurationSeconds: z.optional(durationSeconds()),
    ExternalId: z.optional(str({ min: 2, max: 1224 })),
    Policy: z.optional(str({ min: 1 })),
    SerialNumber: z.optional(str({ min: 9, max: 256 })),
    TokenCode: z.optional(str({ min: 6, max: 6, pattern: /[\d]*/ })),
    SourceIdentity: z.optional(str({ min: 2, max: 64 })),
  }),
  output: { Credentials: credentialsShape, AssumedRoleUser: assumedRoleUserShape, PackedPolicySize: 'integer', SourceIdentity: 'string' },
  errors: [MalformedPolicyDocument, PackedPolicyTooLarge, RegionDisabledException, ExpiredTokenException],
});

export const AssumeRoleCommand = /* @__PURE__ */ createCommand(AssumeRole);
export type AssumeRoleCommand = InstanceType<typeof AssumeRoleCommand>;
