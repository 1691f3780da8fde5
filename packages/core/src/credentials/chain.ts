import { SkiffError } from '../errors/SkiffError.js';
import type { CredentialProvider } from './Credentials.js';

export class CredentialsError extends SkiffError {
  override name = 'CredentialsError' as const;
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

/** A source whose failures are CredentialsErrors. */
export function typed(source: CredentialProvider): CredentialProvider {
  return async () => {
    try {
      return await source();
    } catch (e) {
      throw e instanceof CredentialsError ? e : new CredentialsError((e as Error).message);
    }
  };
}
