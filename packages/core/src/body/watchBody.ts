import { ResponseTooLargeError } from '../errors/transportErrors.js';
import { destroy, iterate, type BodySource } from './streams.js';

/**
 * A response body as a send hands it on: read whole, it fails with ResponseTooLargeError past
 * `maxBytes` (its source destroyed); streamed (maxBytes Infinity), it calls `ended` once it has
 * been read to its end, has failed or was destroyed, so that the send can let go of the
 * caller's abort signal then and not before. Its destroy() destroys the source at once, as
 * destroying the source itself would (body/streams.ts destroy() calls it).
 */
export function watchBody(body: BodySource | null | undefined, maxBytes: number, ended?: () => void): AsyncGenerator<Uint8Array> & { destroy(): void } {
  async function* read() {
    let total = 0;
    try {
      for await (const piece of iterate(body)) {
        if ((total += piece.byteLength) > maxBytes) {
          destroy(body);
          throw new ResponseTooLargeError(`The response body is larger than maxResponseBytes (${maxBytes} bytes)`);
        }
        yield piece;
      }
    } finally {
      ended?.();
    }
  }
  return Object.assign(read(), {
    destroy: () => {
      destroy(body);
      ended?.();
    },
  });
}
