import { defaultProvider as platformDefault, envCredentials, iniCredentials } from '#platform';
import { registerSecret } from '../errors/redact.js';
import { CredentialsError, typed } from './chain.js';
import type { CredentialProvider, Credentials } from './Credentials.js';

export { chain, CredentialsError } from './chain.js';
/**
 * The runtime's default chain: in Node the environment, then the shared files; elsewhere a
 * clear error. It comes from `#platform`, so a browser bundle holds none of the chain or the
 * file reading.
 */
export function defaultProvider(): CredentialProvider {
  return platformDefault();
}

/** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (Node). */
export function fromEnv(): CredentialProvider {
  return typed(envCredentials);
}

/** The shared credentials and config files (Node), profile AWS_PROFILE or `default`. */
export function fromIni(profile?: string): CredentialProvider {
  return typed(() => iniCredentials(profile));
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
