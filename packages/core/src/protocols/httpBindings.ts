import { toBytes, utf8 } from '../body/bytes.js';
import { isBlob, knownLength, sdkStream, type BodySource, type StreamingBody } from '../body/streams.js';
import { scrubCause } from '../errors/redact.js';
import { NetworkError } from '../errors/transportErrors.js';
import type { InputBinding, Operation, OutputBinding } from '../operation/Operation.js';
import { escapeUri } from '../signing/splitUrl.js';
import type { HttpResponse } from '../transport/Transport.js';
import { parseTimestamp } from './coerce.js';

/** RFC 3986 encoding: everything but unreserved characters (`A-Za-z0-9-_.~`). The same encoding
 * SigV4's canonical forms use, so the request and its signature share one function. */
export const encodeRfc3986: (s: string) => string = escapeUri;

/** A greedy label (`{Key+}`) keeps its slashes. */
export function encodeGreedy(s: string): string {
  return s.split('/').map(encodeRfc3986).join('/');
}

function headerValue(v: unknown): string {
  if (v instanceof Date) return v.toUTCString();
  return String(v);
}

export interface BoundRequest {
  /** Path (encoded) relative to the endpoint's base path. */
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  /** Members with no binding: they form the document body. */
  bodyMembers: Record<string, unknown>;
  /** The payload member's value, when the operation has one. */
  payload?: { kind: 'blob' | 'string' | 'document'; value: unknown };
}

/** Splits an input over path, query, headers and payload according to the bindings. */
export function bindInput(op: Operation<unknown, unknown>, input: Record<string, unknown>, omitLabels: ReadonlySet<string> = new Set()): BoundRequest {
  const bindings = op.bindings ?? {};
  const query: Array<[string, string]> = Object.entries(op.http?.query ?? {});
  const headers: Record<string, string> = {};
  const bodyMembers: Record<string, unknown> = {};
  let payload: BoundRequest['payload'];
  const labels: Record<string, string> = {};
  for (const [member, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const b: InputBinding | undefined = bindings[member];
    // A null bound to the message is absent, as the AWS SDKs send it (no `?Foo=null`); a
    // null body member is the body writer's to leave out.
    if (value === null && b) continue;
    if (!b) {
      bodyMembers[member] = value;
      continue;
    }
    switch (b.in) {
      case 'header':
        headers[b.name.toLowerCase()] = headerValue(value);
        break;
      case 'headers':
        for (const [k, v] of Object.entries(value as Record<string, string>)) headers[(b.prefix + k).toLowerCase()] = String(v);
        break;
      case 'query':
        // A bound value replaces a fixed parameter of the same name.
        for (let i = query.length - 1; i >= 0; i--) if (query[i]![0] === b.name) query.splice(i, 1);
        if (Array.isArray(value)) for (const v of value) query.push([b.name, String(v)]);
        else query.push([b.name, value instanceof Date ? value.toISOString() : String(value)]);
        break;
      case 'path':
        labels[b.name] = b.greedy ? encodeGreedy(String(value)) : encodeRfc3986(String(value));
        break;
      case 'payload':
        payload = { kind: b.kind, value };
        break;
    }
  }
  let template = op.http?.path ?? '/';
  for (const l of omitLabels) template = template.replace(new RegExp(`/?\\{${l}\\+?\\}`), '');
  const path = template.replace(/\{(\w+)\+?\}/g, (_, name: string) => labels[name] ?? '') || '/';
  return { path: path.startsWith('/') ? path : `/${path}`, query, headers, bodyMembers, payload };
}

/** Joins the endpoint's base path, the operation path and the query into a URL. */
export function buildUrl(endpoint: URL, path: string, query: Array<[string, string]>): string {
  const base = endpoint.pathname.replace(/\/+$/, '');
  const qs = query.map(([k, v]) => (v === '' && !k.includes('=') && isFlag(k) ? encodeRfc3986(k) : `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)).join('&');
  return `${endpoint.protocol}//${endpoint.host}${base}${path}${qs ? `?${qs}` : ''}`;
}

// Sub-resource flags (`?uploads`, `?policy`) are sent without `=`.
function isFlag(k: string): boolean {
  return /^[a-z-]+$/.test(k);
}

/** Turns a blob payload into a request body (bytes stay bytes; streams pass through). */
export function payloadBody(value: unknown): BodySource | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || value instanceof Uint8Array) return toBytes(value as string | Uint8Array);
  if (isBlob(value)) return value;
  return value as BodySource;
}

export { knownLength, utf8 };

/** Reads output members bound to headers and the status code. */
export function bindOutput(op: Operation<unknown, unknown>, status: number, headers: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [member, b] of Object.entries(op.outputBindings ?? {}) as Array<[string, OutputBinding]>) {
    if (b.in === 'status') out[member] = status;
    else if (b.in === 'header') {
      const v = headers[b.name.toLowerCase()];
      if (v === undefined) continue;
      out[member] = b.type === 'integer' ? Number(v) : b.type === 'boolean' ? v === 'true' : b.type === 'timestamp' ? parseTimestamp(v) : v;
    } else if (b.in === 'headers') {
      const p = b.prefix.toLowerCase();
      const m: Record<string, string> = {};
      for (const [k, v] of Object.entries(headers)) if (k.startsWith(p)) m[k.slice(p.length)] = v;
      out[member] = m;
    }
  }
  return out;
}

/** The output member that carries the payload, if any. */
export function payloadMember(op: Operation<unknown, unknown>): [string, Extract<OutputBinding, { in: 'payload' }>] | undefined {
  for (const [k, b] of Object.entries(op.outputBindings ?? {})) if (b.in === 'payload') return [k, b];
  return undefined;
}

/**
 * A payload member bound to the body as a stream (S3 and MediaStore Data GetObject): read once
 * by the caller; a body that breaks off mid-way fails its reader with a NetworkError.
 */
export function streamedPayload(body: HttpResponse['body']): StreamingBody {
  return sdkStream(body, (e) => (e instanceof Error && e.name !== 'AbortError' && e.name !== 'IntegrityError' ? new NetworkError(`The response body was cut short: ${e.message}`, { cause: scrubCause(e), code: (e as { code?: string }).code }) : e));
}
