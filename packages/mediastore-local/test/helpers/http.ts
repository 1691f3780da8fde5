import { request } from 'node:http';
import { signHeaders, type TestCredentials } from './testSigner.js';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json: () => any;
}

/** One HTTP/1.1 request with exactly the given headers; the body may be streamed (chunked). */
export function send(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array | AsyncIterable<Uint8Array> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    const body = opts.body;
    if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) {
      req.end(body);
    } else {
      (async () => {
        for await (const chunk of body) req.write(chunk);
        req.end();
      })().catch((e) => req.destroy(e));
    }
  });
}

/** A signed control-plane call: `X-Amz-Target: MediaStore_20170901.<op>`. */
export async function control(endpoint: string, op: string, input: unknown = {}, opts: { credentials?: TestCredentials; date?: Date; prefix?: string } = {}) {
  const body = JSON.stringify(input);
  const headers = signHeaders({
    method: 'POST',
    url: `${endpoint}/`,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${opts.prefix ?? 'MediaStore_20170901'}.${op}` },
    body,
    credentials: opts.credentials,
    date: opts.date,
  });
  return send(`${endpoint}/`, { method: 'POST', headers, body });
}

/** A signed data-plane call against a container's data endpoint. */
export function data(
  dataEndpoint: string,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string | Uint8Array; unsignedPayload?: boolean; query?: string } = {},
) {
  const url = `${dataEndpoint}/${path}${opts.query ? `?${opts.query}` : ''}`;
  const headers = signHeaders({ method, url, headers: opts.headers, body: opts.body, unsignedPayload: opts.unsignedPayload });
  return send(url, { method, headers, body: opts.body });
}

/** Polls DescribeContainer until the container is ACTIVE (a waiter, not a sleep). */
export async function waitActive(endpoint: string, name: string, timeoutMs = 5000): Promise<any> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await control(endpoint, 'DescribeContainer', { ContainerName: name });
    const c = res.json().Container;
    if (c?.Status === 'ACTIVE') return c;
    if (Date.now() > until) throw new Error(`container ${name} not ACTIVE: ${res.body}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Creates a container and waits for it. Returns its description (with Endpoint). */
export async function activeContainer(endpoint: string, name: string): Promise<any> {
  const res = await control(endpoint, 'CreateContainer', { ContainerName: name });
  if (res.status !== 200) throw new Error(`CreateContainer ${name}: ${res.status} ${res.body}`);
  return waitActive(endpoint, name);
}
