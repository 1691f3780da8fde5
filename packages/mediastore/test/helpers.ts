import { captureTransport } from '@skiff/testkit';
import type { HttpResponse } from '@skiff/core';
import { MediaStoreClient, type MediaStoreClientConfig } from '../src/index.js';

export const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

/** A JSON 1.1 response as the service sends it. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1', ...headers },
    body: new TextEncoder().encode(JSON.stringify(body)),
  };
}

/** A client over a capturing transport (no network), answering `respond`. */
export function captured(respond?: Parameters<typeof captureTransport>[0], config: MediaStoreClientConfig = {}) {
  const cap = captureTransport(respond);
  const client = new MediaStoreClient({ region: 'us-west-2', credentials: creds, transport: cap.transport, ...config });
  return { cap, client };
}

export const bodyOf = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as unknown;
