// The comparison rules of botocore's own runner (tests/unit/test_protocols.py): bodies compared
// as JSON values (json, rest-json), as canonical XML with text stripped (rest-xml) or byte for
// byte (query); expected headers present with their values, forbidden headers absent, with the
// same allowances botocore makes; the URI compared as a string.
import { fromUtf8, readAll } from '../../src/index.js';
import type { HttpRequest } from '../../src/index.js';

export interface Serialized {
  method?: string;
  uri?: string;
  host?: string;
  body?: string;
  headers?: Record<string, string>;
  forbidHeaders?: string[];
  requireHeaders?: string[];
}

/** `<a  b="1" a="2"/>` and `<a a="2" b="1"></a>` read alike; whitespace around text is dropped. */
export function canonicalXml(s: string): string {
  return s
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<')
    .replace(/<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*"[^"]*")*)\s*(\/?)>/g, (_, name: string, attrs: string, self: string) => {
      const list = [...attrs.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)].map((m) => `${m[1]}="${m[2]}"`).sort();
      const open = `<${name}${list.length ? ` ${list.join(' ')}` : ''}>`;
      return self ? `${open}</${name}>` : open;
    })
    .trim();
}

export async function bodyText(body: HttpRequest['body']): Promise<string> {
  if (body === undefined) return '';
  if (typeof Blob !== 'undefined' && (body as unknown) instanceof Blob) return (body as unknown as Blob).text();
  const { bytes } = await readAll(body as never);
  return fromUtf8(bytes);
}

/** Throws with a message naming the first difference. */
export async function assertRequest(protocol: string, req: HttpRequest, expected: Serialized, listHeaders: ReadonlySet<string>): Promise<void> {
  const url = new URL(req.url);
  if (expected.method !== undefined && req.method !== expected.method) throw new Error(`method ${req.method} != ${expected.method}`);
  const uri = url.pathname + url.search;
  if (expected.uri !== undefined && uri !== expected.uri) throw new Error(`uri ${uri} != ${expected.uri}`);
  if (expected.host !== undefined && url.host !== expected.host) throw new Error(`host ${url.host} != ${expected.host}`);
  if (expected.body !== undefined) {
    const actual = await bodyText(req.body);
    const want = expected.body;
    let same: boolean;
    if (protocol === 'json' || protocol === 'rest-json') {
      let a: unknown, w: unknown;
      try {
        a = JSON.parse(actual);
        w = JSON.parse(want);
        same = JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(w));
      } catch {
        same = actual === want;
      }
    } else if (protocol === 'rest-xml') same = canonicalXml(actual) === canonicalXml(want);
    else same = actual === want;
    if (!same) throw new Error(`body ${actual} != ${want}`);
  }
  const headers = new Map(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (let [name, value] of Object.entries(expected.headers ?? {})) {
    const key = name.toLowerCase();
    if (key === 'content-type') {
      if (protocol === 'query' && !value.includes('charset=utf-8')) value += '; charset=utf-8';
      if (protocol === 'rest-xml') continue;
      if (protocol === 'rest-json' && value !== 'application/json') continue;
    }
    let actual = headers.get(key);
    if (listHeaders.has(key)) {
      value = value.replace(/, /g, ',');
      actual = actual?.replace(/, /g, ',');
    }
    if (actual !== value) throw new Error(`header ${name}: ${actual} != ${value}`);
  }
  for (const name of expected.forbidHeaders ?? []) if (headers.has(name.toLowerCase())) throw new Error(`forbidden header ${name} sent`);
  for (const name of expected.requireHeaders ?? []) if (!headers.has(name.toLowerCase())) throw new Error(`required header ${name} missing`);
}

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/** An output as botocore's runner compares it: timestamps as epoch seconds, blobs as text. */
export async function plain(v: unknown): Promise<unknown> {
  if (v instanceof Date) return v.getTime() / 1000;
  if (v instanceof Uint8Array) return fromUtf8(v);
  if (Array.isArray(v)) return Promise.all(v.map(plain));
  if (v && typeof v === 'object') {
    if (typeof (v as { transformToString?: unknown }).transformToString === 'function') return (v as { transformToString(): Promise<string> }).transformToString();
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== '$metadata') out[k] = await plain(x);
    return out;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  return v;
}
