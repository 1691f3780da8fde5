// Container credentials: ECS task roles and EKS Pod Identity
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html).
// AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is a path on 169.254.170.2; _FULL_URI a whole URL,
// allowed only to hosts that cannot be somebody else's: loopback, the ECS and EKS agents.
import type { CredentialProvider } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { httpRequest, parseMetadataCredentials } from './httpRequest.js';
import { env } from './sharedConfig.js';

const ECS_HOST = 'http://169.254.170.2';
const ALLOWED_HOSTS = new Set(['169.254.170.2', '169.254.170.23', '[fd00:ec2::23]', 'localhost']);

function allowed(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const h = url.hostname;
  return ALLOWED_HOSTS.has(h) || /^127\./.test(h) || h === '[::1]';
}

export interface ContainerOptions {
  /** Ms per attempt (default 1000, as v3). */
  timeout?: number;
  /** Attempts after the first (default 1). */
  maxRetries?: number;
}

/** Credentials from the container's credentials endpoint. */
export function fromContainerMetadata(options: ContainerOptions = {}): CredentialProvider {
  return async () => {
    const relative = env('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI');
    const full = env('AWS_CONTAINER_CREDENTIALS_FULL_URI');
    if (!relative && !full) throw new CredentialsError('Container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI are not set');
    const url = new URL(relative ? ECS_HOST + relative : full!);
    if (!relative && !allowed(url)) throw new CredentialsError(`Container credentials: ${url.hostname} is not an allowed host for AWS_CONTAINER_CREDENTIALS_FULL_URI over http (loopback, 169.254.170.2, 169.254.170.23, fd00:ec2::23)`);
    const headers: Record<string, string> = {};
    const tokenFile = env('AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE');
    // The file is read on every call: EKS rotates the token in place.
    const token = tokenFile ? (await process.getBuiltinModule('node:fs/promises').readFile(tokenFile, 'utf8')).trim() : env('AWS_CONTAINER_AUTHORIZATION_TOKEN');
    if (token) {
      if (/[\r\n]/.test(token)) throw new CredentialsError('Container credentials: the authorization token holds a line break');
      headers.authorization = token;
    }
    let last: unknown;
    for (let attempt = 0; attempt <= (options.maxRetries ?? 1); attempt++) {
      try {
        const res = await httpRequest(url.href, { headers, timeoutMs: options.timeout ?? 1000 });
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        return parseMetadataCredentials(res.body, 'Container credentials');
      } catch (e) {
        last = e;
      }
    }
    throw new CredentialsError(`Container credentials from ${url.host}: ${(last as Error).message}`);
  };
}
