import { defaultProvider as platformDefaultProvider } from '#platform';
import { registerSecret } from '../errors/redact.js';
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';

export { CredentialsError };

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

/**
 * The runtime's default credentials: in Node the whole chain (fromNodeProviderChain);
 * elsewhere a clear error. They come from `#platform`, so a browser bundle holds none of it.
 */
export function defaultProvider(): CredentialProvider {
  return typed(platformDefaultProvider());
}

function typed(source: CredentialProvider): CredentialProvider {
  return async () => {
    try {
      return await source();
    } catch (e) {
      throw e instanceof CredentialsError ? e : new CredentialsError((e as Error).message);
    }
  };
}

const REFRESH_BEFORE_MS = 5 * 60_000;
// Inside the refresh window a refresh is tried at most this often: a failing or hanging source
// is not called on every send while the cached credentials are still good.
const REFRESH_RETRY_MS = 30_000;

/**
 * Caches a provider's result and refreshes it ahead of its expiration. Concurrent callers
 * share one in-flight refresh. Resolved secrets are registered for redaction.
 */
export function cachingProvider(provider: CredentialProvider, now: () => number = Date.now): CredentialProvider & { invalidate(): void } {
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  let lastTry = -Infinity;
  const fresh = (c: Credentials) => !c.expiration || c.expiration.getTime() - now() > REFRESH_BEFORE_MS;
  const load = () =>
    (pending ??= ((lastTry = now()), provider())
      .then((c) => {
        if (!c || !c.accessKeyId || !c.secretAccessKey) throw new CredentialsError('The credential provider returned no access key id or secret access key');
        registerSecret(c.accessKeyId);
        registerSecret(c.secretAccessKey);
        registerSecret(c.sessionToken);
        current = c;
        return c;
      })
      // A source's own error (a user's provider rejecting with a plain Error) arrives typed,
      // so the send does not take it for a network failure and retry it.
      .catch((e: unknown) => {
        throw e instanceof CredentialsError ? e : new CredentialsError(`Could not load credentials: ${(e as Error)?.message ?? String(e)}`);
      })
      .finally(() => {
        pending = undefined;
      }));
  const fn = async () => {
    if (current && fresh(current)) return current;
    // Still valid but inside the refresh window: the send goes on with them while one refresh
    // runs in the background (a hanging source must not hold every send), tried again at most
    // every REFRESH_RETRY_MS when it fails.
    if (current && current.expiration && current.expiration.getTime() > now()) {
      if (!pending && now() - lastTry >= REFRESH_RETRY_MS) load().catch(() => {});
      return current;
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
