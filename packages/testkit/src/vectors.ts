import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from '@skiff/core';

/** `../shared/vectors` beside the repository root. Vectors are read, never copied. */
export const VECTORS_DIR = fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url));

export interface BotocoreCase {
  id: string;
  service: string;
  operation: string;
  params: Record<string, unknown>;
  region: string;
  endpoint_url?: string;
  signing_name: string;
  signing_scope: string;
  credentials: { access_key_id: string; secret_access_key: string; session_token?: string };
  date: string;
  kind: 'request' | 'presigned-url';
  request?: { method: string; url: string; headers: Array<[string, string]>; implicit_headers?: Array<[string, string]>; body: { length: number; sha256: string; text?: string; base64?: string } };
  presigned?: { url: string; method: string; query: Array<[string, string]> };
  expires_in?: number;
  signing: Record<string, unknown> & { authorization?: { Credential: string; SignedHeaders: string[]; Signature: string }; canonical_request?: string; string_to_sign?: string; signature?: string };
  note?: string;
}

export function botocoreCases(file: string): BotocoreCase[] {
  return (JSON.parse(readFileSync(`${VECTORS_DIR}botocore/${file}`, 'utf8')) as { cases: BotocoreCase[] }).cases;
}

/** Turns botocore's `{"$bytes_base64": …}` / `{"$stream_bytes_base64": …}` params into bytes. */
export function decodeParams(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeParams);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$bytes_base64 === 'string') return new Uint8Array(Buffer.from(o.$bytes_base64, 'base64'));
    if (typeof o.$stream_bytes_base64 === 'string') return new Uint8Array(Buffer.from(o.$stream_bytes_base64, 'base64'));
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeParams(x)]));
  }
  return v;
}

/** The fixed clock botocore used: x-amz-date `20251121T120000Z`. */
export function clockOf(date: string): () => Date {
  const d = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`);
  return () => d;
}

/** The case's credentials as a client's `credentials` option. */
export function credentialsOf(c: BotocoreCase): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } {
  return { accessKeyId: c.credentials.access_key_id, secretAccessKey: c.credentials.secret_access_key, sessionToken: c.credentials.session_token };
}

/** The body bytes botocore sent (a case holds them as `text` or as `base64`, never both). */
export function recordedBody(c: BotocoreCase): Uint8Array {
  const b = c.request!.body;
  return b.text !== undefined ? new TextEncoder().encode(b.text) : new Uint8Array(Buffer.from(b.base64 ?? '', 'base64'));
}

/** A header botocore sent, or signed without listing it (`implicit_headers`: host), by any case of its name. */
export function recordedHeader(c: BotocoreCase, name: string): string | undefined {
  const lower = name.toLowerCase();
  return [...c.request!.headers, ...(c.request!.implicit_headers ?? [])].find(([k]) => k.toLowerCase() === lower)?.[1];
}

/**
 * The `<Operation>Command` class a package exports for the case's operation (presigned cases
 * name it in snake case: `get_object` → GetObjectCommand), or undefined.
 */
export function commandClass(api: object, c: BotocoreCase): (new (input: unknown) => Command<unknown, unknown>) | undefined {
  const name = c.operation.replace(/(^|_)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
  return (api as Record<string, new (input: unknown) => Command<unknown, unknown>>)[`${name}Command`];
}

/** The case's command from a package's exports, given the case's decoded params (or `params`). */
export function commandFor(api: object, c: BotocoreCase, params: unknown = decodeParams(c.params)): Command<unknown, unknown> {
  const Cmd = commandClass(api, c);
  if (!Cmd) throw new Error(`no command for botocore operation ${c.operation}`);
  return new Cmd(params);
}
