import { isBlob, knownLength } from '../body/streams.js';
import type { Operation } from '../operation/Operation.js';
import type { HttpRequest } from '../transport/Transport.js';
import type { RequestSpec } from './Service.js';

export interface PreparedRequest {
  request: Omit<HttpRequest, 'body'>;
  /** A fresh body for each attempt; a one-shot stream is handed out once. */
  body(): HttpRequest['body'];
  /** Whether the body can be sent again on a retry. */
  replayable: boolean;
  /** The body length when known without reading it. */
  length?: number;
}

/** Serializes an input into an unsigned request, with its length where known (Content-MD5 is the protocol's). */
export async function prepareRequest(service: RequestSpec, op: Operation<unknown, unknown>, input: unknown, endpoint: URL): Promise<PreparedRequest> {
  const req = await service.protocol.serialize(op, input, { endpoint, service: {} });
  const headers = req.headers;
  const raw = req.body as unknown;
  const length = knownLength(raw);
  if (length !== undefined && raw !== undefined && raw !== null) headers['content-length'] = String(length);
  if (raw === undefined || raw === null || raw instanceof Uint8Array) {
    return { request: { method: req.method, url: req.url, headers }, body: () => raw as Uint8Array | undefined, replayable: true, length };
  }
  if (isBlob(raw)) {
    return { request: { method: req.method, url: req.url, headers }, body: () => raw.stream() as ReadableStream<Uint8Array>, replayable: true, length };
  }
  let handed = false;
  return {
    request: { method: req.method, url: req.url, headers },
    body: () => {
      if (handed) throw new Error('A one-shot stream body cannot be sent twice');
      handed = true;
      return raw as HttpRequest['body'];
    },
    replayable: false,
    length,
  };
}
