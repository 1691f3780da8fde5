import { SkiffError } from '../errors/SkiffError.js';

/** No credentials could be had: the message names each source tried and why it failed, never a secret. */
export class CredentialsError extends SkiffError {
  override name = 'CredentialsError' as const;
}
