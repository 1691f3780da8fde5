// A profile of the shared files, resolved as v3's fromIni and botocore do
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-assume-role-credentials.html):
// an assume-role profile (role_arn with source_profile or credential_source) first, then
// web_identity_token_file, credential_process, static keys. A source profile's own static
// keys win over its role_arn, and a loop of source profiles is an error.
import { fromContainerMetadata } from './fromContainerMetadata.js';
import { fromEnv } from './fromEnv.js';
import { fromInstanceMetadata } from './fromInstanceMetadata.js';
import { runCredentialProcess } from './fromProcess.js';
import { fromTokenFile } from './fromTokenFile.js';
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { env, loadSharedConfig, profileName, type Section, type SharedConfig } from './sharedConfig.js';
import { assumeRole, defaultSessionName, type StsOptions } from './stsCalls.js';

export interface IniOptions extends StsOptions {
  /** The profile (default AWS_PROFILE, else `default`). */
  profile?: string;
  /** Asked for the code of the profile's mfa_serial device when a role needs it. */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
}

const hasStatic = (p: Section) => Boolean(p.aws_access_key_id && p.aws_secret_access_key);
const staticOf = (p: Section): Credentials => (p.aws_session_token ? { accessKeyId: p.aws_access_key_id!, secretAccessKey: p.aws_secret_access_key!, sessionToken: p.aws_session_token } : { accessKeyId: p.aws_access_key_id!, secretAccessKey: p.aws_secret_access_key! });

/** Whether the profile is one this provider resolves (the chain skips it otherwise). */
export function isIniProfile(p: Section | undefined): boolean {
  return Boolean(p && (p.role_arn || p.credential_process || hasStatic(p)));
}

async function credentialSource(source: string, name: string): Promise<Credentials> {
  switch (source) {
    case 'Environment':
      return fromEnv()();
    case 'Ec2InstanceMetadata':
      return fromInstanceMetadata()();
    case 'EcsContainer':
      return fromContainerMetadata()();
    default:
      throw new CredentialsError(`Profile "${name}": unknown credential_source "${source}" (Environment, Ec2InstanceMetadata or EcsContainer)`);
  }
}

async function resolve(config: SharedConfig, name: string, options: IniOptions, visited: string[]): Promise<Credentials> {
  const p = config.profiles[name];
  if (!p) throw new CredentialsError(visited.length ? `Profile "${visited.at(-1)}": source_profile "${name}" does not exist` : `No credentials: profile "${name}" is not in the shared credentials or config file`);
  // A source profile with keys of its own gives them, role_arn or not.
  if (visited.length > 0 && hasStatic(p)) return staticOf(p);
  if (p.role_arn && (p.source_profile || p.credential_source)) {
    if (p.source_profile && p.credential_source) throw new CredentialsError(`Profile "${name}" has both source_profile and credential_source`);
    let source: Credentials;
    if (p.credential_source) source = await credentialSource(p.credential_source, name);
    else {
      const next = p.source_profile!;
      // A profile naming itself uses its own static keys (v3 and botocore agree).
      if (next === name) {
        if (!hasStatic(p)) throw new CredentialsError(`Profile "${name}" is its own source_profile but has no static keys`);
        source = staticOf(p);
      } else {
        if (visited.includes(next)) throw new CredentialsError(`Profile "${name}": source_profile loop (${[...visited, name, next].join(' -> ')})`);
        source = await resolve(config, next, options, [...visited, name]);
      }
    }
    const input: Record<string, unknown> = { RoleArn: p.role_arn, RoleSessionName: p.role_session_name ?? defaultSessionName() };
    if (p.external_id) input.ExternalId = p.external_id;
    if (p.duration_seconds) input.DurationSeconds = Number(p.duration_seconds);
    if (p.mfa_serial) {
      if (!options.mfaCodeProvider) throw new CredentialsError(`Profile "${name}" needs an MFA code (mfa_serial): pass mfaCodeProvider`);
      input.SerialNumber = p.mfa_serial;
      input.TokenCode = await options.mfaCodeProvider(p.mfa_serial);
    }
    return assumeRole(options, p.region ?? env('AWS_REGION'), source, input);
  }
  if (p.role_arn && p.web_identity_token_file) {
    return fromTokenFile({ ...options, webIdentityTokenFile: p.web_identity_token_file, roleArn: p.role_arn, roleSessionName: p.role_session_name, region: p.region ?? env('AWS_REGION') })();
  }
  if (p.credential_process) return runCredentialProcess(p.credential_process, name);
  if (hasStatic(p)) return staticOf(p);
  throw new CredentialsError(`Profile "${name}" has no credentials (static keys, role_arn, web_identity_token_file or credential_process)`);
}

/** The credentials of a shared-files profile, whatever kind it is. */
export function fromIni(options: IniOptions | string = {}): CredentialProvider {
  const opts = typeof options === 'string' ? { profile: options } : options;
  return async () => resolve(await loadSharedConfig(), profileName(opts.profile), opts, []);
}
