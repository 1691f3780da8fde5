import type { HttpRequest, HttpResponse, Transport } from '@skiff/core';
import { readAll } from '@skiff/core';

export interface Captured {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * A transport that records each request (body read in full) and answers with a canned
 * response (or the function's result), so a test sees exactly what would go on the wire.
 */
export function captureTransport(respond: HttpResponse | ((req: Captured, n: number) => HttpResponse | Promise<HttpResponse>) = { status: 200, headers: {}, body: new TextEncoder().encode('{}') }) {
  const requests: Captured[] = [];
  const transport: Transport = async (req: HttpRequest) => {
    const { bytes } = await readAll(req.body as never);
    const c = { method: req.method, url: req.url, headers: { ...req.headers }, body: bytes };
    requests.push(c);
    return typeof respond === 'function' ? respond(c, requests.length) : { ...respond };
  };
  return { transport, requests, get last() { return requests[requests.length - 1]; } };
}
