import { IntegrityError, isBlob, toBytes, type BodySource, type MetadataBearer } from '@skiff/core';
import { hashingBody, sha256Of } from './hashingBody.js';
import type { PutObjectInput, PutObjectOutput } from './operations/putObject.js';

/**
 * PutObject's step around send: the SHA-256 of what is sent is computed (while streaming,
 * for streams) and compared with the ContentSHA256 the service returns. A mismatch means the
 * stored object is not what was sent: it throws IntegrityError, never a silent success.
 *
 * - bytes, strings and Blobs with STANDARD availability are hashed up front and sent as they
 *   are (with Content-Length, and replayable on a retry);
 * - streams, and every body with STREAMING availability, go through a hashing pass-through
 *   with no length, so they are sent `Transfer-Encoding: chunked` (002: STREAMING needs it)
 *   without being buffered. A stream is one-shot: the core never resends it.
 */
export async function preparePutObject(input: PutObjectInput) {
  const streaming = input.UploadAvailability === 'STREAMING';
  const raw = input.Body;
  let send: PutObjectInput = input;
  let digest: () => string | undefined;
  if (!streaming && (typeof raw === 'string' || raw instanceof Uint8Array)) {
    const bytes = toBytes(raw);
    const sha256 = await sha256Of(bytes);
    send = { ...input, Body: bytes };
    digest = () => sha256;
  } else if (!streaming && isBlob(raw)) {
    // A Blob can be read twice: hashed here, then streamed by the transport with its size.
    const sha256 = await sha256Of(raw);
    digest = () => sha256;
  } else {
    const source = typeof raw === 'string' ? toBytes(raw) : (raw as BodySource);
    const hashed = hashingBody(source);
    send = { ...input, Body: hashed.body };
    digest = () => hashed.sha256;
  }
  return {
    input: send,
    verify(output: PutObjectOutput & MetadataBearer): void {
      const sent = digest();
      const stored = output.ContentSHA256;
      let problem: string | undefined;
      if (sent === undefined) problem = 'the service answered before the whole body was sent';
      // Outputs are lenient: a service that returns no ContentSHA256 leaves nothing to compare.
      else if (typeof stored === 'string' && stored.toLowerCase() !== sent) {
        problem = `the service stored content with SHA-256 ${stored}, but the body sent has SHA-256 ${sent}`;
      }
      if (problem) {
        const err = new IntegrityError(`PutObject ${input.Path}: ${problem}; the stored object is not what was sent, upload it again`);
        err.$metadata = { ...output.$metadata };
        throw err;
      }
    },
  };
}
