import { createHash, createHmac } from 'node:crypto';

// A deliberately separate, minimal SigV4 signer for the tests (node:crypto only), so the
// server's verifier is checked against code it does not share.

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const AKID: TestCredentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

const hex = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');
const hmac = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest();
const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const amzDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function canonical(method: string, url: URL, headers: Record<string, string>, signed: string[], payload: string, query: string) {
  // Non-S3 rule: the already-encoded path segments are encoded once more.
  const path = url.pathname.split('/').map((s) => enc(s)).join('/') || '/';
  const lines = signed.map((h) => `${h}:${headers[h]!.trim()}\n`).join('');
  return [method, path, query, lines, signed.join(';'), payload].join('\n');
}

function sortedQuery(params: Array<[string, string]>) {
  return params
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function key(secret: string, day: string, region: string) {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), 'mediastore'), 'aws4_request');
}

/** Returns the headers to send (lower-case names), with x-amz-date and Authorization added. */
export function signHeaders(opts: {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  credentials?: TestCredentials;
  region?: string;
  date?: Date;
  /** Sign UNSIGNED-PAYLOAD (sent as x-amz-content-sha256) instead of the body's hash. */
  unsignedPayload?: boolean;
}): Record<string, string> {
  const url = new URL(opts.url);
  const creds = opts.credentials ?? AKID;
  const region = opts.region ?? 'us-east-1';
  const date = amzDate(opts.date ?? new Date());
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = v;
  headers.host = url.host;
  headers['x-amz-date'] = date;
  if (creds.sessionToken) headers['x-amz-security-token'] = creds.sessionToken;
  if (opts.unsignedPayload) headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  // A declared payload hash is what gets signed, as in every SDK.
  const payload = headers['x-amz-content-sha256'] ?? hex(opts.body ?? '');
  const signed = Object.keys(headers).sort();
  const query = sortedQuery([...url.searchParams]);
  const creq = canonical(opts.method, url, headers, signed, payload, query);
  const scope = `${date.slice(0, 8)}/${region}/mediastore/aws4_request`;
  const sts = ['AWS4-HMAC-SHA256', date, scope, hex(creq)].join('\n');
  const sig = createHmac('sha256', key(creds.secretAccessKey, date.slice(0, 8), region)).update(sts).digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${sig}`;
  return headers;
}

/** A presigned URL (query auth, only `host` signed, empty-body hash as botocore's generic presign). */
export function presignUrl(opts: {
  method: string;
  url: string;
  expiresIn: number;
  credentials?: TestCredentials;
  region?: string;
  date?: Date;
  payload?: 'empty' | 'unsigned';
}): string {
  const url = new URL(opts.url);
  const creds = opts.credentials ?? AKID;
  const region = opts.region ?? 'us-east-1';
  const date = amzDate(opts.date ?? new Date());
  const scope = `${date.slice(0, 8)}/${region}/mediastore/aws4_request`;
  const params: Array<[string, string]> = [
    ...url.searchParams,
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${creds.accessKeyId}/${scope}`],
    ['X-Amz-Date', date],
    ['X-Amz-Expires', String(opts.expiresIn)],
    ['X-Amz-SignedHeaders', 'host'],
  ];
  if (creds.sessionToken) params.push(['X-Amz-Security-Token', creds.sessionToken]);
  const payload = opts.payload === 'unsigned' ? 'UNSIGNED-PAYLOAD' : hex('');
  const query = sortedQuery(params);
  const creq = canonical(opts.method, url, { host: url.host }, ['host'], payload, query);
  const sts = ['AWS4-HMAC-SHA256', date, scope, hex(creq)].join('\n');
  const sig = createHmac('sha256', key(creds.secretAccessKey, date.slice(0, 8), region)).update(sts).digest('hex');
  return `${url.origin}${url.pathname}?${query}&X-Amz-Signature=${sig}`;
}
