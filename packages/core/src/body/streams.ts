import { nodeReadable } from '#platform';
import { concatBytes, fromUtf8 } from './bytes.js';

export type BodySource = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Blob;

export function isReadableStream(v: unknown): v is ReadableStream<Uint8Array> {
  return typeof v === 'object' && v !== null && typeof (v as ReadableStream).getReader === 'function';
}

export function isBlob(v: unknown): v is Blob {
  return typeof Blob !== 'undefined' && v instanceof Blob;
}

export function isAsyncIterable(v: unknown): v is AsyncIterable<Uint8Array> {
  return typeof v === 'object' && v !== null && typeof (v as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function';
}

/** Iterates any body as Uint8Array pieces (a Node Readable yields Buffers, which are Uint8Arrays). */
export async function* iterate(body: BodySource | null | undefined): AsyncGenerator<Uint8Array> {
  if (!body) return;
  if (body instanceof Uint8Array) {
    yield body;
    return;
  }
  if (isBlob(body)) {
    yield* iterate(body.stream() as ReadableStream<Uint8Array>);
    return;
  }
  if (isReadableStream(body)) {
    const reader = body.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  for await (const piece of body as AsyncIterable<Uint8Array | string>) {
    yield typeof piece === 'string' ? new TextEncoder().encode(piece) : piece;
  }
}

/** Reads a whole body. `limit` bounds memory: past it the rest is dropped and `truncated` set. */
export async function readAll(body: BodySource | null | undefined, limit = Infinity): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const it = iterate(body);
  for await (const p of it) {
    if (total + p.byteLength > limit) {
      parts.push(p.subarray(0, limit - total));
      total = limit;
      await it.return(undefined);
      destroy(body);
      return { bytes: concatBytes(parts, total), truncated: true };
    }
    parts.push(p);
    total += p.byteLength;
  }
  return { bytes: concatBytes(parts, total), truncated: false };
}

/** Releases a body that will not be read (frees the connection). */
export function destroy(body: unknown): void {
  if (!body || body instanceof Uint8Array) return;
  try {
    const d = body as { destroy?: () => void; cancel?: () => Promise<void> };
    if (typeof d.destroy === 'function') d.destroy();
    else if (typeof d.cancel === 'function') d.cancel().catch(() => {});
  } catch {
    // already closed
  }
}

/** The length of a body when it is known without reading it. */
export function knownLength(body: unknown): number | undefined {
  if (body === undefined || body === null) return 0;
  if (body instanceof Uint8Array) return body.byteLength;
  if (isBlob(body)) return body.size;
  return undefined;
}

export function toWebStream(body: BodySource | null | undefined): ReadableStream<Uint8Array> {
  if (isReadableStream(body)) return body;
  const it = iterate(body);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await it.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await it.return(undefined);
      destroy(body);
    },
  });
}

/** The SDK v3 helpers a streaming response body carries, on every platform. Each reads the body, which can be read once. */
export interface SdkStreamMixin {
  transformToByteArray(): Promise<Uint8Array>;
  transformToString(encoding?: string): Promise<string>;
  transformToWebStream(): ReadableStream<Uint8Array>;
}

/**
 * A response body as browsers (and any runtime but Node) get it: a web ReadableStream with
 * the v3 helpers. In Node the body is a Node Readable instead (NodeStreamingBody, what
 * `StreamingBody` means in Node's declarations: src/node.ts).
 */
export type StreamingBody = ReadableStream<Uint8Array> & SdkStreamMixin;

/**
 * A streaming response body (S3 and MediaStore Data GetObject), what the AWS SDK v3 gives on
 * the same platform: in Node a stream.Readable (pipe(), events, async iteration of Buffers),
 * elsewhere a web ReadableStream; both with transformToByteArray / transformToString /
 * transformToWebStream. Readable once; a source that fails (a body cut short) fails the reader
 * (an 'error' event in Node); destroy() / cancel() stops the source, which frees the socket.
 */
export function sdkStream(body: BodySource | null | undefined, wrapError?: (e: unknown) => unknown): StreamingBody {
  let source = body;
  if (wrapError) {
    const inner = body;
    source = (async function* () {
      try {
        yield* iterate(inner);
      } catch (e) {
        throw wrapError(e);
      }
    })();
  }
  // Node: a Readable over the source (`#platform`); elsewhere nodeReadable is absent.
  const toNode = nodeReadable as ((s: AsyncIterable<Uint8Array>, release: () => void) => unknown) | undefined;
  const stream = (toNode ? toNode(iterate(source), () => destroy(body)) : toWebStream(source)) as StreamingBody;
  let used = false;
  const once = () => {
    if (used) throw new Error('The body stream was already read');
    used = true;
  };
  stream.transformToByteArray = async () => {
    once();
    return (await readAll(stream)).bytes;
  };
  stream.transformToString = async (encoding = 'utf-8') => {
    once();
    const { bytes } = await readAll(stream);
    return encoding.toLowerCase().replace('-', '') === 'utf8' ? fromUtf8(bytes) : new TextDecoder(encoding).decode(bytes);
  };
  stream.transformToWebStream = () => {
    once();
    return toNode ? toWebStream(stream as unknown as AsyncIterable<Uint8Array>) : stream;
  };
  return stream;
}
