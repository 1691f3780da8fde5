import { captureTransport } from '@skiff/testkit';
import { KinesisClient, type KinesisClientConfig } from '../src/index.js';

export const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
export const enc = (s: string) => new TextEncoder().encode(s);
export const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** A json response as a transport returns it. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return { status, headers: { 'content-type': 'application/x-amz-json-1.1', ...headers }, body: enc(JSON.stringify(body)) };
}

/** A client over a capturing transport; `respond` answers each request. */
export function captured(respond?: Parameters<typeof captureTransport>[0], config: Partial<KinesisClientConfig> = {}) {
  const cap = captureTransport(respond);
  const client = new KinesisClient({ region: 'us-east-1', credentials: creds, transport: cap.transport, ...config });
  return { cap, client };
}

/** Commands of different operations in one table (their input types differ). */
export type AnyCommand = import('@skiff/core').Command<any, any>;
