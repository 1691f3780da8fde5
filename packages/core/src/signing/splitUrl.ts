/** RFC 3986 encoding of one URI component (what SigV4 canonical forms use). */
export function escapeUri(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeComponent(s: string): string {
  // `+` stays `+`: SigV4 servers do not read it as a space, and our serializers never
  // write a space that way. A malformed escape is signed as its literal text.
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface UrlParts {
  /** `scheme://authority`, as written. */
  origin: string;
  /** `host[:port]` as the Host header carries it. */
  host: string;
  /** The path exactly as written in the URL (`/` when empty): `URL` would resolve `..`
   * and re-encode, and what is signed must be what the caller built. */
  path: string;
  /** The query as decoded `[name, value]` pairs, in URL order; `hasValue` false for a bare
   * `?uploads`. */
  query: Array<{ name: string; value: string; hasValue: boolean }>;
}

export function splitUrl(url: string): UrlParts {
  const schemeEnd = url.indexOf('://');
  const authStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
  let authEnd = url.slice(authStart).search(/[/?#]/);
  authEnd = authEnd < 0 ? url.length : authStart + authEnd;
  const rest = url.slice(authEnd).split('#')[0] ?? '';
  const q = rest.indexOf('?');
  const path = (q < 0 ? rest : rest.slice(0, q)) || '/';
  const query: UrlParts['query'] = [];
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
      query.push({ name, value: eq < 0 ? '' : decodeComponent(pair.slice(eq + 1)), hasValue: eq >= 0 });
    }
  }
  return { origin: url.slice(0, authEnd), host: new URL(url).host, path, query };
}

/**
 * The path as an HTTP client puts it on the wire: characters that cannot appear raw in a
 * URI path (space, non-ASCII, controls, `"<>\^`{|}`) are percent-encoded, existing
 * escapes and dot segments are kept. S3 signs this form verbatim.
 */
export function toWirePath(path: string): string {
  return path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/gu, (s) => encodeURIComponent(s));
}
