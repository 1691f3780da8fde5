import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
