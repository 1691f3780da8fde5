import type { IncomingHttpHeaders } from 'node:http';

type CorsRule = Record<string, unknown>;

// Everything either plane answers with that a browser page may want to read: the request
// id and error type for error handling, Date for clock-skew correction, the object headers.
const EXPOSE_ALL = [
  'x-amzn-RequestId',
  'x-amzn-ErrorType',
  'x-amzn-ErrorMessage',
  'Date',
  'ETag',
  'Content-Length',
  'Content-Range',
  'Content-Type',
  'Cache-Control',
  'Last-Modified',
  'Accept-Ranges',
].join(', ');
const METHODS_ALL = 'GET, PUT, POST, DELETE, HEAD';

export interface CorsAnswer {
  /** False when container rules exist and none allows the request. */
  allowed: boolean;
  headers: Record<string, string>;
}

/**
 * CORS for one request. With `rules` (a container's CORS policy, 000 "CorsRule") the first
 * rule that allows the origin, method and requested headers applies, as the service does.
 * Without rules and with `permissive`, anything is allowed so that a browser page can call
 * the server; without either, no CORS headers are sent.
 */
export function corsHeaders(headers: IncomingHttpHeaders, method: string, rules: CorsRule[] | undefined, permissive: boolean): CorsAnswer {
  const origin = headers.origin;
  const preflight = method === 'OPTIONS';
  const wantedMethod = preflight ? headers['access-control-request-method'] : method;
  const wantedHeaders = (headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);

  if (!rules) {
    if (!permissive || (!origin && !preflight)) return { allowed: permissive, headers: {} };
    const out: Record<string, string> = {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Expose-Headers': EXPOSE_ALL,
      Vary: 'Origin',
    };
    if (preflight) {
      out['Access-Control-Allow-Methods'] = METHODS_ALL;
      if (wantedHeaders.length > 0) out['Access-Control-Allow-Headers'] = wantedHeaders.join(', ');
      out['Access-Control-Max-Age'] = '600';
    }
    return { allowed: true, headers: out };
  }

  if (!origin || !wantedMethod) return { allowed: !preflight, headers: {} };
  for (const rule of rules) {
    const origins = (rule.AllowedOrigins as string[]) ?? [];
    const matchedOrigin = origins.find((o) => wildcard(o, false).test(origin));
    if (matchedOrigin === undefined) continue;
    if (!((rule.AllowedMethods as string[]) ?? []).includes(wantedMethod.toUpperCase())) continue;
    const allowedHeaders = ((rule.AllowedHeaders as string[]) ?? []).map((h) => wildcard(h, true));
    if (!wantedHeaders.every((h) => allowedHeaders.some((re) => re.test(h)))) continue;
    const out: Record<string, string> = {
      'Access-Control-Allow-Origin': matchedOrigin === '*' ? '*' : origin,
      Vary: 'Origin',
    };
    const expose = (rule.ExposeHeaders as string[] | undefined) ?? [];
    if (expose.length > 0) out['Access-Control-Expose-Headers'] = expose.join(', ');
    if (preflight) {
      out['Access-Control-Allow-Methods'] = ((rule.AllowedMethods as string[]) ?? []).join(', ');
      // 000: "Only the headers that were requested are sent back."
      if (wantedHeaders.length > 0) out['Access-Control-Allow-Headers'] = wantedHeaders.join(', ');
      if (typeof rule.MaxAgeSeconds === 'number') out['Access-Control-Max-Age'] = String(rule.MaxAgeSeconds);
    }
    return { allowed: true, headers: out };
  }
  return { allowed: false, headers: {} };
}

/** A CORS rule value with at most one `*` as a whole-value regular expression. */
function wildcard(pattern: string, ignoreCase: boolean): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
}
