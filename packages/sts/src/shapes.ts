// Shapes the STS operations share. https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html
import type { Shape } from '@skiff/core';
import { str, int } from '@skiff/core';

/** Temporary credentials as STS returns them. */
export interface StsCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

export interface AssumedRoleUser {
  AssumedRoleId?: string;
  Arn?: string;
}

export const credentialsShape: Shape = { struct: { AccessKeyId: 'string', SecretAccessKey: 'string', SessionToken: 'string', Expiration: 'timestamp' } };
export const assumedRoleUserShape: Shape = { struct: { AssumedRoleId: 'string', Arn: 'string' } };

/** arnType: 20..2048 characters. */
export const roleArn = () => str({ min: 20, max: 2048 });
/** roleSessionNameType: 2..64 of `[\w+=,.@-]`. */
export const roleSessionName = () => str({ min: 2, max: 64, pattern: /[\w+=,.@-]*/ });
/** roleDurationSecondsType: 900..43200. */
export const durationSeconds = () => int({ min: 900, max: 43200 });
