import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { validationError } from './errors.js';

/**
 * Feeds each chunk of a request body to `onChunk` until the body ends. When `onChunk` throws
 * (a size limit), the rest of the body is drained and dropped rather than the stream being
 * destroyed: `for await` would destroy it on an early exit, which resets the connection
 * before the error response can be sent.
 */
export function consumeBody(req: IncomingMessage, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (e) {
        cleanup();
        req.on('error', () => {}); // nothing is listening any more
        req.resume();
        reject(e);
      }
    };
    const onEnd = () => {
      cleanup();
      resolve();
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onAborted = () => onError(new Error('the client aborted the request'));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('aborted', onAborted);
  });
}

/** Reads a whole (small) request body and hashes it in the same pass. */
export async function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; sha256: string }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  await consumeBody(req, (chunk) => {
    size += chunk.length;
    if (size > limit) throw validationError(`The request body exceeds ${limit} bytes`);
    hash.update(chunk);
    chunks.push(chunk);
  });
  return { body: Buffer.concat(chunks, size), sha256: hash.digest('hex') };
}
