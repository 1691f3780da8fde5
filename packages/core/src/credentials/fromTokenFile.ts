// Web identity: an OIDC token in a file (EKS IRSA and others) exchanged with STS
// AssumeRoleWithWebIdentity (https://docs.aws.amazon.com/sdkref/latest/guide/feature-assume-role-credentials.html).
import type { CredentialProvider } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { env } from './sharedConfig.js';
import { assumeRoleWithWebIdentity, defaultSessionName, type StsOptions } from './stsCalls.js';

export interface TokenFileOptions extends StsOptions {
  webIdentityTokenFile?: string;
  roleArn?: string;
  roleSessionName?: string;
  durationSeconds?: number;
  region?: string;
}

/** Web identity from options, else AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN and AWS_ROLE_SESSION_NAME. */
export function fromTokenFile(options: TokenFileOptions = {}): CredentialProvider {
  return async () => {
    const file = options.webIdentityTokenFile ?? env('AWS_WEB_IDENTITY_TOKEN_FILE');
    const roleArn = options.roleArn ?? env('AWS_ROLE_ARN');
    if (!file || !roleArn) throw new CredentialsError('Web identity: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set');
    let token: string;
    try {
      // Read on every refresh: the token is rotated in place.
      token = (await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8')).trim();
    } catch (e) {
      throw new CredentialsError(`Web identity: cannot read the token file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return assumeRoleWithWebIdentity(options, options.region ?? env('AWS_REGION'), {
      RoleArn: roleArn,
      RoleSessionName: options.roleSessionName ?? env('AWS_ROLE_SESSION_NAME') ?? defaultSessionName(),
      WebIdentityToken: token,
      ...(options.durationSeconds ? { DurationSeconds: options.durationSeconds } : {}),
    });
  };
}
