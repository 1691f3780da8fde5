import { fromBase64, fromUtf8, toBase64, utf8 } from '../body/bytes.js';
import { redact } from '../errors/redact.js';
import { ResponseParseError } from '../errors/transportErrors.js';
import type { Shape } from '../operation/Shape.js';
import { copySafe, parseTimestamp } from './coerce.js';
import { formatTimestamp } from './timestamps.js';
import type { ParsedError } from './Protocol.js';

/**
 * JSON-ready input: blobs as base64, Dates as epoch seconds, undefined members dropped.
 * `shape` (the operation's `inputShape`) marks blob members, so a string given for a blob
 * is sent as the base64 of its UTF-8 bytes rather than as plain text.
 */
export function toJsonValue(v: unknown, shape?: Shape): unknown {
  if (shape !== undefined && typeof shape === 'object' && 'of' in shape) {
    if (v instanceof Date) return formatTimestamp(v, shape.timestampFormat ?? 'epoch-seconds');
    shape = shape.of;
  }
  if (v instanceof Uint8Array) return toBase64(v);
  if (typeof v === 'string') return shape === 'blob' ? toBase64(utf8(v)) : v;
  if (v instanceof Date) return v.getTime() / 1000;
  const nested = typeof shape === 'object' ? shape : undefined;
  if (Array.isArray(v)) {
    const item = nested && 'list' in nested ? nested.list : undefined;
    return v.map((x) => toJsonValue(x, item));
  }
  if (v && typeof v === 'object') {
    const members = nested && 'struct' in nested ? nested.struct : undefined;
    const value = nested && 'map' in nested ? nested.map : undefined;
    const out: Record<string, unknown> = {};
    // A described structure's null members are left out, as undefined ones are.
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || (x === null && members)) continue;
      const s = members ? members[k] : value;
      out[(members && s !== undefined && typeof s === 'object' && 'of' in s && s.name) || k] = toJsonValue(x, s);
    }
    return out;
  }
  return v;
}

/** The JSON body of an input; `members` describe the members that need more than JSON.stringify. */
export function jsonBody(v: unknown, members?: Record<string, Shape>): Uint8Array {
  return utf8(JSON.stringify(toJsonValue(v ?? {}, members ? { struct: members } : undefined)));
}

export function parseJson(body: Uint8Array): Record<string, unknown> {
  if (body.byteLength === 0) return {};
  const text = fromUtf8(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    // No cause: V8's SyntaxError quotes the text unredacted; only its position is kept.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new ResponseParseError(`The response is not valid JSON${at ? ` (at position ${at})` : ''}: ${snippet(text)}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ResponseParseError(`The response is not a JSON object: ${snippet(text)}`);
  }
  // A prototype-reaching key can only come from text that spells it (or hides it behind a
  // \u escape): only such a document is deep-copied without them. Copying every response
  // cost a fifth of the client CPU of a 1,000-item page (bench/, paginate section).
  return (MAY_HOLD_UNSAFE_KEY.test(text) ? copySafe(parsed) : parsed) as Record<string, unknown>;
}

const MAY_HOLD_UNSAFE_KEY = /__proto__|constructor|prototype|\\u/;

/** The start of a response text for a message: redacted before it is cut, so a secret the
 * cut falls inside is not left half-shown (a partial signature or token). */
export function snippet(text: string, n = 200): string {
  const t = redact(text.slice(0, n + 8192)).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** `aws.protocoltests#Foo:http://…` or `Foo` → `Foo`. */
export function sanitizeErrorCode(raw: string): string {
  let c = raw;
  const colon = c.indexOf(':');
  if (colon >= 0) c = c.slice(0, colon);
  const hash = c.lastIndexOf('#');
  if (hash >= 0) c = c.slice(hash + 1);
  return c.trim();
}

/** JSON error bodies (awsJson1_1, restJson1): code from the header, `__type` or `code`. */
export function parseJsonError(headers: Record<string, string>, body: Uint8Array, status: number): ParsedError {
  let doc: Record<string, unknown> = {};
  let unparsable = false;
  try {
    doc = parseJson(body);
  } catch {
    unparsable = true;
  }
  const raw = headers['x-amzn-errortype'] ?? (doc.__type as string) ?? (doc.code as string) ?? (doc.Code as string);
  const message = (doc.message ?? doc.Message ?? doc.errorMessage) as string | undefined;
  const details: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!['__type', 'code', 'Code', 'message', 'Message'].includes(k)) details[k] = v;
  if (!raw) {
    return {
      code: statusCode(status),
      message: unparsable ? `HTTP ${status}, body not JSON: ${snippet(fromUtf8(body))}` : message ?? `HTTP ${status}`,
      details,
    };
  }
  return { code: sanitizeErrorCode(String(raw)), message: message ?? String(raw), requestId: headers['x-amzn-requestid'], details };
}

/** A code for an error with none in its body (HEAD responses, proxies). */
export function statusCode(status: number): string {
  const names: Record<number, string> = {
    301: 'MovedPermanently', 304: 'NotModified', 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound',
    405: 'MethodNotAllowed', 409: 'Conflict', 412: 'PreconditionFailed', 413: 'RequestEntityTooLarge', 416: 'InvalidRange',
    429: 'TooManyRequestsException', 500: 'InternalServerError', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
  };
  return names[status] ?? `Http${status}Error`;
}

/**
 * The timestamps and blobs of a parsed JSON document, decoded in place by the operation's
 * output shape; every other member is left as it is. The document is fresh from parseJson
 * (so it may be changed, and holds no prototype-reaching key). JSON needs only this much of
 * coerce(), whose XML rules (text to numbers, lists of one, attributes) stay out of JSON
 * services' bundles.
 */
export function decodeJson(v: unknown, shape: Shape | undefined): unknown {
  if (v === null || v === undefined || shape === undefined) return v;
  if (typeof shape === 'string') return shape === 'timestamp' ? parseTimestamp(v) : shape === 'blob' && typeof v === 'string' ? fromBase64(v) : v;
  if ('decode' in shape) return shape.decode(v);
  if ('of' in shape) return decodeJson(v, shape.of);
  if (typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('list' in shape) {
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = decodeJson(v[i], shape.list);
    return v;
  }
  if ('map' in shape) {
    for (const k of Object.keys(o)) o[k] = decodeJson(o[k], shape.map);
    return v;
  }
  const renamed = jsonNames(shape.struct);
  for (const k of Object.keys(o)) {
    const name = renamed?.[k] ?? k;
    const s = Object.hasOwn(shape.struct, name) ? shape.struct[name] : undefined;
    if (s === undefined) continue;
    // A described member sent as null is absent, as the AWS SDKs read it.
    if (o[k] === null) delete o[k];
    else if (name !== k) {
      o[name] = decodeJson(o[k], s);
      delete o[k];
    } else o[k] = decodeJson(o[k], s);
  }
  return v;
}

// Wire name → member name of a structure's renamed members; undefined (the common case) when
// none is renamed, so a document of plain members is read as before.
const NONE = {};
const renameCache = new WeakMap<object, Record<string, string>>();
function jsonNames(members: Record<string, Shape>): Record<string, string> | undefined {
  let r = renameCache.get(members);
  if (!r) {
    r = NONE;
    for (const [k, s] of Object.entries(members)) {
      const w = typeof s === 'object' && 'of' in s ? s.name : undefined;
      if (w && w !== k) (r = r === NONE ? {} : r)[w] = k;
    }
    renameCache.set(members, r);
  }
  return r === NONE ? undefined : r;
}
