import { destroy, iterate } from '../body/streams.js';
import { IntegrityError } from '../errors/transportErrors.js';
import type { HttpResponse } from './Transport.js';

/**
 * A ranged answer (a 206) whose body ends short of, or runs past, the span its Content-Range
 * announces fails its reader with an IntegrityError: sent chunked, such a body breaks no HTTP
 * rule, so nothing else would notice. (A body shorter than its Content-Length is already a
 * transport error.) The Node transport applies this; in browsers a body is read as fetch gives
 * it. Any other answer is passed through untouched.
 */
export function checkContentRange(headers: Record<string, string>, body: HttpResponse['body']): HttpResponse['body'] {
  const range = /^bytes (\d+)-(\d+)\//.exec(headers['content-range'] ?? '');
  if (!range || (headers['content-encoding'] ?? 'identity') !== 'identity') return body;
  const expected = Number(range[2]) - Number(range[1]) + 1;
  async function* read() {
    let n = 0;
    for await (const piece of iterate(body)) {
      n += piece.byteLength;
      yield piece;
    }
    if (n !== expected) throw new IntegrityError(`The response body had ${n} bytes where its Content-Range announced ${expected}`);
  }
  return Object.assign(read(), { destroy: () => destroy(body) });
}
