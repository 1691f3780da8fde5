// presign() picks the payload hash from the operation: an upload declared
// `payloadSigning: 'unsigned'` is presigned with UNSIGNED-PAYLOAD (its body is unknown when the
// URL is made), everything else with the empty-body hash. Checked against an independent
// SigV4 query signer written with node:crypto. Also: createSha256 of both platforms.
import { createHash, createHmac } from 'node:crypto';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { Client, createCommand, defineOperation, presign, restJson1, type ServiceSpec } from '../src/index.js';
import { createSha256 as nodeSha256 } from '../src/platform/node.js';
import { createSha256 as browserSha256 } from '../src/platform/browser.js';
import { creds } from './testService.js';

const service: ServiceSpec = { name: 'Data', signingName: 'mediastore', protocol: restJson1(), endpoint: () => 'https://data.example.com' };
const spec = {
  input: () => z.object({ Path: z.string() }),
  http: { method: 'PUT' as const, path: '/{Path+}' },
  bindings: { Path: { in: 'path' as const, name: 'Path', greedy: true } },
};
const Unsigned = createCommand(defineOperation<{ Path: string }, object>({ name: 'Up', payloadSigning: 'unsigned', ...spec }));
const Hashed = createCommand(defineOperation<{ Path: string }, object>({ name: 'Up', ...spec }));

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (k: string | Buffer, s: string) => createHmac('sha256', k).update(s).digest();

/** The X-Amz-Signature an independent signer computes for a presigned URL and payload hash. */
function expectedSignature(url: string, payloadHash: string): string {
  const u = new URL(url);
  const q = [...u.searchParams].filter(([k]) => k !== 'X-Amz-Signature');
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const cq = q.map(([k, v]) => [enc(k), enc(v)]).sort(([a], [b]) => (a! < b! ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
  const creq = ['PUT', u.pathname.split('/').map(enc).join('/'), cq, `host:${u.host}\n`, 'host', payloadHash].join('\n');
  const date = u.searchParams.get('X-Amz-Date')!;
  const scope = `${date.slice(0, 8)}/us-west-2/mediastore/aws4_request`;
  const sts = ['AWS4-HMAC-SHA256', date, scope, sha(creq)].join('\n');
  let key: Buffer = hmac(`AWS4${creds.secretAccessKey}`, date.slice(0, 8));
  for (const part of ['us-west-2', 'mediastore', 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(sts).digest('hex');
}

describe('presign payload hash', () => {
  const client = new Client(service, { region: 'us-west-2', credentials: creds, clock: () => new Date('2025-11-21T12:00:00Z') });

  it("uses UNSIGNED-PAYLOAD for an operation declared payloadSigning: 'unsigned'", async () => {
    const url = await presign(client, new Unsigned({ Path: 'a/b.mp4' }), { expiresIn: 60 });
    const sig = new URL(url).searchParams.get('X-Amz-Signature');
    expect(sig).toBe(expectedSignature(url, 'UNSIGNED-PAYLOAD'));
    expect(sig).not.toBe(expectedSignature(url, sha('')));
  });

  it('uses the empty-body hash otherwise', async () => {
    const url = await presign(client, new Hashed({ Path: 'a/b.mp4' }), { expiresIn: 60 });
    expect(new URL(url).searchParams.get('X-Amz-Signature')).toBe(expectedSignature(url, sha('')));
  });
});

describe('createSha256', () => {
  it.each([
    ['node', nodeSha256],
    ['browser', browserSha256],
  ])('%s: hashing in pieces equals hashing at once', (_name, create) => {
    const h = create();
    h.update(new TextEncoder().encode('Hello, '));
    h.update(new Uint8Array(0));
    h.update(new TextEncoder().encode('golden vectors!\n'));
    expect(Buffer.from(h.digest()).toString('hex')).toBe(sha('Hello, golden vectors!\n'));
  });
});
