// `credential_process`: a command whose standard output is the credentials, as JSON
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html). Node only.
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { loadSharedConfig, profileName } from './sharedConfig.js';

/** Runs a credential_process command line and reads its JSON (Version 1). */
export async function runCredentialProcess(command: string, profile: string): Promise<Credentials> {
  const { exec } = process.getBuiltinModule('node:child_process');
  const stdout = await new Promise<string>((resolve, reject) =>
    exec(command, { timeout: 60_000, maxBuffer: 1 << 20 }, (err, out) => (err ? reject(new CredentialsError(`credential_process of profile "${profile}" failed: ${err.message.split('\n')[0]}`)) : resolve(String(out)))),
  );
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    throw new CredentialsError(`credential_process of profile "${profile}" did not print JSON`);
  }
  if (j.Version !== 1) throw new CredentialsError(`credential_process of profile "${profile}": unsupported Version ${String(j.Version)} (1 expected)`);
  if (typeof j.AccessKeyId !== 'string' || typeof j.SecretAccessKey !== 'string') throw new CredentialsError(`credential_process of profile "${profile}" printed no AccessKeyId and SecretAccessKey`);
  const c: Credentials = { accessKeyId: j.AccessKeyId, secretAccessKey: j.SecretAccessKey };
  if (typeof j.SessionToken === 'string') c.sessionToken = j.SessionToken;
  if (typeof j.Expiration === 'string') {
    const e = new Date(j.Expiration);
    if (Number.isNaN(e.getTime())) throw new CredentialsError(`credential_process of profile "${profile}": Expiration is not a timestamp`);
    if (e.getTime() <= Date.now()) throw new CredentialsError(`credential_process of profile "${profile}" returned expired credentials`);
    c.expiration = e;
  }
  return c;
}

/** The profile's credential_process (profile: AWS_PROFILE or `default`). */
export function fromProcess(options: { profile?: string } = {}): CredentialProvider {
  return async () => {
    const name = profileName(options.profile);
    const command = (await loadSharedConfig()).profiles[name]?.credential_process;
    if (!command) throw new CredentialsError(`Profile "${name}" has no credential_process`);
    return runCredentialProcess(command, name);
  };
}
