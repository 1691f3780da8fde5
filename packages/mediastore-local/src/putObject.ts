import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InputChecker } from './InputChecker.js';
import { containerNotFound, validationError } from './errors.js';
import { LiveUpload } from './LiveUpload.js';
import { consumeBody } from './readBody.js';
import type { Container, MediaStoreState } from './MediaStoreState.js';
import type { SigV4Check } from './verifySigV4.js';

// 000: Path is 1..900 characters, up to 10 folders deep.
export const OBJECT_PATH = /(?:[A-Za-z0-9_.\-~]+\/){0,10}[A-Za-z0-9_.\-~]+/;
// seed-decisions: the output pattern with `/` (000's input pattern lost it in extraction).
const CONTENT_TYPE = /[\w\-/.+]{1,255}/;

// Object size limits: 25 MB (000), and 10 MB for STREAMING availability (002). The
// documents do not say whether MB means 10^6 or 2^20 bytes; this server reads them as MiB
// (25 × 1024 × 1024 = 26,214,400 and 10 × 1024 × 1024 = 10,485,760 bytes), the more
// permissive reading, so it never refuses an upload the live service might accept.
export const MAX_OBJECT_BYTES = 25 * 1024 * 1024;
export const MAX_STREAMING_OBJECT_BYTES = 10 * 1024 * 1024;

/**
 * 000/002 PutObject. The body is read once: hashed (SHA-256 for ContentSHA256 and the
 * signature, MD5 for the ETag) and stored as it arrives. When the signature does not depend
 * on the body (UNSIGNED-PAYLOAD) it is checked before the first byte is read, and a
 * STREAMING upload becomes readable while it is still arriving.
 */
export async function putObject(
  req: IncomingMessage,
  res: ServerResponse,
  state: MediaStoreState,
  container: Container,
  path: string,
  auth: SigV4Check | undefined,
  verifiedEarly: boolean,
  maxBodyBytes: number = MAX_OBJECT_BYTES,
): Promise<void> {
  const check = new InputChecker();
  check.string('path', path, { required: true, min: 1, max: 900, pattern: OBJECT_PATH });
  const contentType = check.string('contentType', req.headers['content-type'], { pattern: CONTENT_TYPE, patternText: '^[\\w\\-\\/\\.\\+]{1,255}$' });
  const cacheControl = req.headers['cache-control'];
  // seed-decisions: STANDARD and TEMPORAL are both accepted; 000: the default is temporal.
  const storageClass =
    check.string('storageClass', header(req, 'x-amz-storage-class'), { min: 1, max: 16, enum: ['STANDARD', 'TEMPORAL'] }) ?? 'TEMPORAL';
  const availability =
    check.string('uploadAvailability', header(req, 'x-amz-upload-availability'), { min: 1, max: 16, enum: ['STANDARD', 'STREAMING'] }) ??
    'STANDARD';
  check.done();

  const serviceLimit = availability === 'STREAMING' ? MAX_STREAMING_OBJECT_BYTES : MAX_OBJECT_BYTES;
  const limit = Math.min(serviceLimit, maxBodyBytes);
  const tooLarge = () =>
    validationError(
      limit < serviceLimit
        ? `The object exceeds this server's body size limit of ${limit} bytes (maxBodyBytes / --max-body-bytes)`
        : `The object exceeds the size limit of ${limit} bytes (${limit / 1024 / 1024} MiB) for ${availability} upload availability`,
    );
  const declaredLength = req.headers['content-length'];
  if (declaredLength !== undefined && Number(declaredLength) > limit) throw tooLarge();

  let live: LiveUpload | undefined;
  // Bytes may be served before the upload ends only when the sender is already authenticated.
  if (availability === 'STREAMING' && verifiedEarly) {
    live = new LiveUpload(contentType ?? 'application/octet-stream', cacheControl);
    container.liveUploads.get(path)?.fail();
    container.liveUploads.set(path, live);
  }

  try {
    const sha256 = createHash('sha256');
    const md5 = createHash('md5');
    const chunks: Buffer[] = [];
    let size = 0;
    await consumeBody(req, (chunk) => {
      size += chunk.length;
      if (size > limit) throw tooLarge();
      sha256.update(chunk);
      md5.update(chunk);
      chunks.push(chunk);
      live?.push(chunk);
    });
    const contentSha256 = sha256.digest('hex');
    auth?.verify(contentSha256);
    if (state.find(container.name) !== container) throw containerNotFound('data', container.name);
    const etag = md5.digest('hex');
    state.putObject(container, path, {
      body: Buffer.concat(chunks, size),
      contentType: contentType ?? 'application/octet-stream',
      cacheControl,
      etag,
      sha256: contentSha256,
      storageClass,
      lastModified: new Date(),
    });
    live?.finish();
    const out = JSON.stringify({ ContentSHA256: contentSha256, ETag: etag, StorageClass: storageClass });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(out)) });
    res.end(out);
  } catch (e) {
    live?.fail();
    throw e;
  } finally {
    if (live && container.liveUploads.get(path) === live) container.liveUploads.delete(path);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}
