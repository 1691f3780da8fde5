import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { validationError } from './errors.js';

/** Reads a whole (small) request body and hashes it in the same pass. */
export async function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; sha256: string }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw validationError(`The request body exceeds ${limit} bytes`);
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { body: Buffer.concat(chunks, size), sha256: hash.digest('hex') };
}
