import { createHash } from 'node:crypto';

/** What SigV4 reads from a request, exactly as it arrived on the wire. */
export interface SignedRequestParts {
  method: string;
  /** The path as sent (percent-encoded), without the query. */
  rawPath: string;
  /** The query as sent, without `?` (may be empty). */
  rawQuery: string;
  /** Header pairs in arrival order, names in any case (Node's `rawHeaders`). */
  headers: ReadonlyArray<readonly [string, string]>;
}

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, hex upper case. */
export function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The canonical URI for every service but S3: the path is normalised (empty, `.` and `..`
 * segments resolved) and then each segment is URI-encoded again, on top of the encoding it
 * already has on the wire. That double encoding is what botocore and the AWS SDKs sign for
 * non-S3 services (`uriEscapePath`), and what AWS checks.
 */
export function canonicalUri(rawPath: string): string {
  const segments: string[] = [];
  for (const seg of rawPath.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  const trailing = segments.length > 0 && rawPath.endsWith('/') ? '/' : '';
  return `/${segments.map(uriEncode).join('/')}${trailing}`;
}

/**
 * The canonical query: every parameter decoded once and re-encoded the SigV4 way, sorted by
 * name, then value. `omit` drops parameters (X-Amz-Signature in a presigned URL).
 */
export function canonicalQuery(rawQuery: string, omit: readonly string[] = []): string {
  const pairs: Array<[string, string]> = [];
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = uriEncode(safeDecode(eq < 0 ? piece : piece.slice(0, eq)));
    const value = eq < 0 ? '' : uriEncode(safeDecode(piece.slice(eq + 1)));
    if (omit.includes(name)) continue;
    pairs.push([name, value]);
  }
  pairs.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([n, v]) => `${n}=${v}`).join('&');
}

/** Header values by lower-case name; repeated headers joined with `,` in arrival order. */
export function headerValues(headers: SignedRequestParts['headers']): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    // Trim, and collapse runs of spaces (also a folded line's break) to one space.
    const v = value.replace(/\s+/g, ' ').trim();
    const prev = out.get(key);
    out.set(key, prev === undefined ? v : `${prev},${v}`);
  }
  return out;
}

/** The SigV4 canonical request (Task 1 of the signing process). */
export function canonicalRequest(
  req: SignedRequestParts,
  signedHeaders: readonly string[],
  payloadHash: string,
  omitQuery: readonly string[] = [],
): string {
  const values = headerValues(req.headers);
  const headerLines = signedHeaders.map((h) => `${h}:${values.get(h) ?? ''}\n`).join('');
  return [
    req.method.toUpperCase(),
    canonicalUri(req.rawPath),
    canonicalQuery(req.rawQuery, omitQuery),
    headerLines,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}
