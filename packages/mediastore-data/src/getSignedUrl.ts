import { presign, type Command } from '@skiff/core';
import type { MediaStoreDataClient } from './MediaStoreDataClient.js';
import type { MediaStoreDataPresigner } from './MediaStoreDataPresigner.js';

export interface GetSignedUrlOptions {
  /** Seconds the URL stays valid: 1..604800 (7 days), default 900; checked before signing. */
  expiresIn?: number;
}

const NO_BODY = new Uint8Array(0);

/**
 * A presigned URL (SigV4 query signing, `host` signed) for a command, usable with plain
 * `fetch`. GET/HEAD/DELETE URLs sign the empty-body hash (as botocore's presigner); a
 * PutObject URL signs UNSIGNED-PAYLOAD, since its body is unknown when the URL is made.
 * Headers bound from the input (Range, Content-Type, Cache-Control) are signed and must be
 * sent by whoever uses the URL; `x-amz-*` ones (StorageClass, UploadAvailability) travel in
 * the query. A PutObject command's Body is not part of the URL and may be omitted. `client` is
 * a MediaStoreDataClient, or a MediaStoreDataPresigner where nothing is sent (a smaller bundle).
 */
export function getSignedUrl<I, O>(client: MediaStoreDataClient | MediaStoreDataPresigner, command: Command<I, O>, options: GetSignedUrlOptions = {}): Promise<string> {
  const input = command.input as Record<string, unknown> | undefined;
  // An upload (PutObject: its Body is the payload) may leave the body out. Told by the binding,
  // not the name, so that a bundle which presigns a GetObject names no other operation.
  if (command.operation.bindings?.Body?.in === 'payload' && input && input.Body === undefined) {
    return presign(client, { operation: command.operation, input: { ...input, Body: NO_BODY } } as unknown as Command<I, O>, options);
  }
  return presign(client, command, options);
}
