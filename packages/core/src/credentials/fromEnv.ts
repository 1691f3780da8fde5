// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (and AWS_CREDENTIAL_EXPIRATION).
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { env } from './sharedConfig.js';

export function fromEnv(): CredentialProvider {
  return async () => {
    const accessKeyId = env('AWS_ACCESS_KEY_ID');
    const secretAccessKey = env('AWS_SECRET_ACCESS_KEY');
    if (!accessKeyId || !secretAccessKey) throw new CredentialsError('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set');
    const c: Credentials = { accessKeyId, secretAccessKey };
    const sessionToken = env('AWS_SESSION_TOKEN');
    if (sessionToken) c.sessionToken = sessionToken;
    const exp = env('AWS_CREDENTIAL_EXPIRATION');
    if (exp && !Number.isNaN(Date.parse(exp))) c.expiration = new Date(exp);
    return c;
  };
}
