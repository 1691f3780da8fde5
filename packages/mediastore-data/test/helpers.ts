// Shared by the tests: a client on a capturing transport, and the error of a failed call.
import { captureTransport } from '@skiff/testkit';
import type { HttpResponse } from '@skiff/core';
import { MediaStoreDataClient, type MediaStoreDataClientConfig } from '../src/index.js';

export const ENDPOINT = 'https://aaabbbcccdddee.data.mediastore.us-west-2.amazonaws.com';
export const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
export const utf8 = (s: string) => new TextEncoder().encode(s);
export const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A JSON response as the service sends it. */
export function json(value: unknown, status = 200, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: utf8(JSON.stringify(value)) };
}

export function captured(respond?: Parameters<typeof captureTransport>[0], config: Partial<MediaStoreDataClientConfig> = {}) {
  const cap = captureTransport(respond ?? json({}));
  const client = new MediaStoreDataClient({ endpoint: ENDPOINT, region: 'us-west-2', credentials: creds, transport: cap.transport, ...config });
  return { cap, client };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function failure(p: Promise<unknown>): Promise<Error & Record<string, any>> {
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, any>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
