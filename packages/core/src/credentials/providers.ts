import { getEnv, readSharedFiles } from '#platform';
import { SkiffError } from '../errors/SkiffError.js';
import { registerSecret } from '../errors/redact.js';
import type { CredentialProvider, Credentials } from './Credentials.js';
import { parseIni } from './parseIni.js';

export class CredentialsError extends SkiffError {
  override name = 'CredentialsError' as const;
}

/** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN. */
export function fromEnv(): CredentialProvider {
  return async () => {
    const accessKeyId = getEnv('AWS_ACCESS_KEY_ID');
    const secretAccessKey = getEnv('AWS_SECRET_ACCESS_KEY');
    if (!accessKeyId || !secretAccessKey) throw new CredentialsError('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set');
    const sessionToken = getEnv('AWS_SESSION_TOKEN');
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
  };
}

/** The shared credentials and config files (Node), profile AWS_PROFILE or `default`. */
export function fromIni(profile?: string): CredentialProvider {
  return async () => {
    const name = profile ?? getEnv('AWS_PROFILE') ?? 'default';
    const files = await readSharedFiles();
    const creds = files.credentials ? parseIni(files.credentials)[name] : undefined;
    const conf = files.config ? parseIni(files.config)[name] : undefined;
    const pick = (k: string) => creds?.[k] ?? conf?.[k];
    const accessKeyId = pick('aws_access_key_id');
    const secretAccessKey = pick('aws_secret_access_key');
    if (!accessKeyId || !secretAccessKey) throw new CredentialsError(`No static credentials for profile "${name}" in the shared credentials or config file`);
    const sessionToken = pick('aws_session_token');
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
  };
}

/** Tries providers in order; the first that yields credentials wins. */
export function chain(...providers: CredentialProvider[]): CredentialProvider {
  return async () => {
    const reasons: string[] = [];
    for (const p of providers) {
      try {
        return await p();
      } catch (e) {
        reasons.push((e as Error).message);
      }
    }
    throw new CredentialsError(`Could not load credentials from any provider: ${reasons.join('; ')}`);
  };
}

/** Env vars, then the shared files (Node only: elsewhere the files are not read). */
export function defaultProvider(): CredentialProvider {
  return chain(fromEnv(), fromIni());
}

const REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * Caches a provider's result and refreshes it ahead of its expiration. Concurrent callers
 * share one in-flight refresh. Resolved secrets are registered for redaction.
 */
export function cachingProvider(provider: CredentialProvider, now: () => number = Date.now): CredentialProvider & { invalidate(): void } {
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  const fresh = (c: Credentials) => !c.expiration || c.expiration.getTime() - now() > REFRESH_BEFORE_MS;
  const load = () =>
    (pending ??= provider()
      .then((c) => {
        if (!c || !c.accessKeyId || !c.secretAccessKey) throw new CredentialsError('The credential provider returned no access key id or secret access key');
        registerSecret(c.accessKeyId);
        registerSecret(c.secretAccessKey);
        registerSecret(c.sessionToken);
        current = c;
        return c;
      })
      .finally(() => {
        pending = undefined;
      }));
  const fn = async () => {
    if (current && fresh(current)) return current;
    // Still valid but inside the refresh window: refresh, and fall back to the old value if the refresh fails.
    if (current && current.expiration && current.expiration.getTime() > now()) {
      const old = current;
      return load().catch(() => old);
    }
    return load();
  };
  return Object.assign(fn, { invalidate: () => void (current = undefined) });
}

export function resolveCredentials(cfg: Credentials | CredentialProvider | undefined): CredentialProvider & { invalidate(): void } {
  if (cfg === undefined) return cachingProvider(defaultProvider());
  if (typeof cfg === 'function') return cachingProvider(cfg);
  const fixed = cfg;
  return cachingProvider(async () => fixed);
}
