import { ParamValidationError } from '../errors/ParamValidationError.js';
import type { Command } from '../operation/Command.js';
import { checkExpiresIn, presignRequest } from '../signing/presignRequest.js';
import type { ClientBase } from './ClientBase.js';

/**
 * A query-signed URL for a command (SigV4 only): `expiresIn` seconds, default 900, at most
 * 604800; checked before anything is signed. The body is not part of the URL: whoever uses it
 * sends the body. The payload hash is UNSIGNED-PAYLOAD for S3 and for operations declared
 * `payloadSigning: 'unsigned'` (an upload whose body is unknown when signing, e.g. MediaStore
 * Data PutObject), else the empty-body hash (generic SigV4 query signing, as botocore).
 *
 * A function, not a Client method, so that the query signer is only in bundles that presign.
 * Any client will do: a Client, or a ClientBase alone (a presigner without the send path).
 */
export async function presign<I, O>(client: ClientBase, command: Command<I, O>, options: { expiresIn?: number } = {}): Promise<string> {
  const expiresIn = options.expiresIn ?? 900;
  const problem = checkExpiresIn(expiresIn);
  if (problem) throw new ParamValidationError([{ path: 'expiresIn', message: problem }], command.operation.name);
  const { prepared } = await client.prepare(command.operation, command.input);
  const headers = { ...prepared.request.headers };
  // A presigned URL carries no body: its length and hash are not part of the signature.
  delete headers['content-length'];
  delete headers['content-md5'];
  const ctx = await client.signingContext();
  const payload = ctx.s3 || command.operation.payloadSigning === 'unsigned' ? 'unsigned' : undefined;
  return presignRequest({ method: prepared.request.method, url: prepared.request.url, headers }, { ...ctx, payload, expiresIn });
}
