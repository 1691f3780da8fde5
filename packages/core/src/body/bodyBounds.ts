// The bounds a send keeps on a response body after its headers arrived. Each wrapper has a
// destroy() that destroys the body it wraps at once (body/streams.ts destroy() calls it), as
// destroying the body itself would.
import { ResponseTooLargeError } from '../errors/transportErrors.js';
import { destroy, iterate, type BodySource } from './streams.js';

type Bounded = AsyncGenerator<Uint8Array> & { destroy(): void };

/** A body read whole, failing with ResponseTooLargeError (its source destroyed) past `maxBytes`. */
export function boundBody(body: BodySource | null | undefined, maxBytes: number): Bounded {
  async function* read() {
    let total = 0;
    for await (const piece of iterate(body)) {
      if ((total += piece.byteLength) > maxBytes) {
        destroy(body);
        throw new ResponseTooLargeError(`The response body is larger than maxResponseBytes (${maxBytes} bytes)`);
      }
      yield piece;
    }
  }
  return Object.assign(read(), { destroy: () => destroy(body) });
}

/**
 * A streamed body that calls `ended` once it has been read to its end, has failed or was
 * destroyed: until then the send keeps the caller's abort signal on it (the transport ends the
 * body when that fires). `ended` may be called more than once.
 */
export function onBodyEnd(body: BodySource | null | undefined, ended: () => void): Bounded {
  async function* read() {
    try {
      yield* iterate(body);
    } finally {
      ended();
    }
  }
  return Object.assign(read(), {
    destroy: () => {
      destroy(body);
      ended();
    },
  });
}
