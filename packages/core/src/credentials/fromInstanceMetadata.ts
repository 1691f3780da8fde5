// EC2 instance metadata (IMDS) credentials, IMDSv2 first: a PUT for a session token, then
// the role name and its credentials with that token; where the token PUT is refused (403 is
// not a fallback: IMDSv2 is required there) or not answered, IMDSv1 as v3 does
// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html).
import type { CredentialProvider } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { httpRequest, parseMetadataCredentials } from './httpRequest.js';
import { env, loadSharedConfig, profileName } from './sharedConfig.js';

const PATH = '/latest/meta-data/iam/security-credentials/';

export interface InstanceMetadataOptions {
  /** Ms per request (default 1000, as v3). */
  timeout?: number;
  /** Retries after the first attempt (default 1). */
  maxRetries?: number;
}

async function endpoint(): Promise<string> {
  const profile = (await loadSharedConfig()).profiles[profileName()];
  const set = env('AWS_EC2_METADATA_SERVICE_ENDPOINT') ?? profile?.ec2_metadata_service_endpoint;
  if (set) return set.replace(/\/+$/, '');
  const mode = (env('AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE') ?? profile?.ec2_metadata_service_endpoint_mode ?? 'IPv4').toLowerCase();
  if (mode !== 'ipv4' && mode !== 'ipv6') throw new CredentialsError(`EC2 instance metadata: unknown endpoint mode "${mode}" (IPv4 or IPv6)`);
  return mode === 'ipv6' ? 'http://[fd00:ec2::254]' : 'http://169.254.169.254';
}

/** Credentials of the instance's role from IMDS. AWS_EC2_METADATA_DISABLED=true turns it off. */
export function fromInstanceMetadata(options: InstanceMetadataOptions = {}): CredentialProvider {
  return async () => {
    if ((env('AWS_EC2_METADATA_DISABLED') ?? '').toLowerCase() === 'true') throw new CredentialsError('EC2 instance metadata: disabled by AWS_EC2_METADATA_DISABLED');
    const base = await endpoint();
    const timeoutMs = options.timeout ?? 1000;
    let last: unknown;
    for (let attempt = 0; attempt <= (options.maxRetries ?? 1); attempt++) {
      try {
        const headers: Record<string, string> = {};
        const token = await httpRequest(base + '/latest/api/token', { method: 'PUT', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' }, timeoutMs }).catch(() => undefined);
        if (token?.status === 200) headers['x-aws-ec2-metadata-token'] = token.body;
        else if (token && token.status !== 404 && token.status !== 405 && token.status !== 400) throw new Error(`the IMDSv2 token request was answered HTTP ${token.status}`);
        const role = await httpRequest(base + PATH, { headers, timeoutMs });
        if (role.status !== 200) throw new Error(`the role name request was answered HTTP ${role.status}`);
        const name = role.body.split('\n')[0]!.trim();
        if (!name) throw new Error('the instance has no role');
        const creds = await httpRequest(base + PATH + encodeURIComponent(name), { headers, timeoutMs });
        if (creds.status !== 200) throw new Error(`the credentials request was answered HTTP ${creds.status}`);
        return parseMetadataCredentials(creds.body, 'EC2 instance metadata');
      } catch (e) {
        last = e;
      }
    }
    throw new CredentialsError(`EC2 instance metadata at ${base}: ${(last as Error).message}`);
  };
}
