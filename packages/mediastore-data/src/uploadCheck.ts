import type { MetadataBearer, Operation } from '@skiff/core';

/**
 * An operation whose send needs a step around the core's send path: PutObject hashes its body
 * as it streams and checks the service's ContentSHA256 afterwards. The step lives on the
 * operation (not in the client) so a bundle without PutObject carries none of it.
 */
export type UploadCheck<I, O> = (input: I) => Promise<{
  /** The input to send (e.g. the body wrapped in a hashing pass-through). */
  input: I;
  /** Throws IntegrityError when the output shows the service stored something else. */
  verify(output: O & MetadataBearer): void;
}>;

export type CheckedOperation<I, O> = Operation<I, O> & { readonly uploadCheck?: UploadCheck<I, O> };
