// Readers for ../shared/vectors/sigv4-suite: the vectors are read where they are, never copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VECTORS_DIR } from '@skiff/testkit';
import type { HttpRequest } from '../src/transport/Transport.js';

export const SUITE_DIR = join(VECTORS_DIR, 'sigv4-suite');

export interface ParsedHttp {
  method: string;
  /** The request target exactly as written on the request line (may hold raw spaces, UTF-8). */
  target: string;
  /** Names as written, values with folded lines kept (`\n` + the continuation line). */
  headers: Array<[string, string]>;
  body: string;
}

/** Parses a suite request file (LF line endings; `GET /a b/ HTTP/1.1` may hold spaces). */
export function parseHttp(text: string): ParsedHttp {
  const lines = text.split('\n');
  const first = lines[0]!;
  const method = first.slice(0, first.indexOf(' '));
  const target = first.slice(method.length + 1, first.lastIndexOf(' HTTP/'));
  const headers: Array<[string, string]> = [];
  let i = 1;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    if (/^[ \t]/.test(line) && headers.length) headers.at(-1)![1] += `\n${line}`;
    else headers.push([line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]);
  }
  return { method, target, headers, body: lines.slice(i + 1).join('\n') };
}

/**
 * The request as our signer receives it: lower-case names, repeated headers joined with `,`
 * (an HTTP header map holds one value per name; SigV4 joins repeats the same way), the URL
 * holding the request target as written.
 */
export function toHttpRequest(p: ParsedHttp, drop: string[] = []): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of p.headers) {
    const k = name.toLowerCase();
    if (drop.includes(k)) continue;
    headers[k] = k in headers ? `${headers[k]},${value}` : value;
  }
  const body = p.body ? new TextEncoder().encode(p.body) : undefined;
  return { method: p.method, url: `https://${headers.host}${p.target}`, headers, body };
}

export interface ClassicCase {
  name: string;
  req: ParsedHttp;
  creq: string;
  sts: string;
  authz: string;
  /** The session token, from the signed request (the suite has no context file). */
  token?: string;
}

const read = (f: string) => readFileSync(f, 'utf8');

/** Every case folder of aws4_testsuite (nested ones under normalize-path/, post-sts-token/). */
export function classicCases(): ClassicCase[] {
  const root = join(SUITE_DIR, 'aws4_testsuite');
  const out: ClassicCase[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const d = join(dir, e.name);
      const base = join(d, e.name);
      if (!existsSync(`${base}.req`)) {
        walk(d, `${prefix}${e.name}/`);
        continue;
      }
      const sreq = parseHttp(read(`${base}.sreq`));
      out.push({
        name: `${prefix}${e.name}`,
        req: parseHttp(read(`${base}.req`)),
        creq: read(`${base}.creq`),
        sts: read(`${base}.sts`),
        authz: read(`${base}.authz`),
        token: sreq.headers.find(([n]) => n.toLowerCase() === 'x-amz-security-token')?.[1],
      });
    }
  };
  walk(root, '');
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export interface CAuthContext {
  credentials: { access_key_id: string; secret_access_key: string; token?: string };
  expiration_in_seconds: number;
  normalize: boolean;
  region: string;
  service: string;
  sign_body: boolean;
  timestamp: string;
  omit_session_token?: boolean;
}

export interface CAuthCase {
  name: string;
  context: CAuthContext;
  req: ParsedHttp;
  header: { creq: string; sts: string; signature: string; signed: ParsedHttp };
  query: { creq: string; sts: string; signature: string; signed: ParsedHttp };
}

export function cAuthCases(): CAuthCase[] {
  const root = join(SUITE_DIR, 'aws-c-auth-v4');
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const f = (n: string) => read(join(root, e.name, n));
      const form = (k: 'header' | 'query') => ({
        creq: f(`${k}-canonical-request.txt`),
        sts: f(`${k}-string-to-sign.txt`),
        signature: f(`${k}-signature.txt`).trim(),
        signed: parseHttp(f(`${k}-signed-request.txt`)),
      });
      return { name: e.name, context: JSON.parse(f('context.json')) as CAuthContext, req: parseHttp(f('request.txt')), header: form('header'), query: form('query') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
