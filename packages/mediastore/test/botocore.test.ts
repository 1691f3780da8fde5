// The shared botocore MediaStore cases, replayed through MediaStoreClient with botocore's
// fixed clock, region, credentials and endpoint, over a capturing transport.
import { botocoreCases, captureTransport, clockOf, decodeParams, type BotocoreCase } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import * as mediastore from '../src/index.js';
import { bodyOf } from './helpers.js';
import { canonicalRequest, parseAuthorization, sha256Hex, signatureOf, verifySigned } from './sigv4Verify.js';

const cases = botocoreCases('mediastore.json').filter((c) => c.kind === 'request');
// Never signed, and different by design (botocore's fixed User-Agent and invocation id).
const UNSIGNED = new Set(['user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'content-length', 'authorization']);

function clientFor(c: BotocoreCase, hooks?: mediastore.ClientHooks) {
  const cap = captureTransport();
  const client = new mediastore.MediaStoreClient({
    region: c.region,
    endpoint: c.endpoint_url,
    credentials: { accessKeyId: c.credentials.access_key_id, secretAccessKey: c.credentials.secret_access_key, sessionToken: c.credentials.session_token },
    clock: clockOf(c.date),
    transport: cap.transport,
    hooks,
  });
  return { cap, client };
}

function commandFor(c: BotocoreCase) {
  const Cmd = (mediastore as unknown as Record<string, new (input: unknown) => mediastore.CreateContainerCommand>)[`${c.operation}Command`];
  if (!Cmd) throw new Error(`no command for botocore operation ${c.operation}`);
  return new Cmd(decodeParams(c.params));
}

const recordedBody = (c: BotocoreCase) =>
  c.request!.body.text !== undefined ? new TextEncoder().encode(c.request!.body.text) : new Uint8Array(Buffer.from(c.request!.body.base64 ?? '', 'base64'));

describe('botocore MediaStore cases through MediaStoreClient', () => {
  it('has cases to replay, every one of them a request', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBe(botocoreCases('mediastore.json').length);
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const rec = c.request!;

    it('sends the same method, URL, signed headers and body meaning', async () => {
      const { cap, client } = clientFor(c);
      await client.send(commandFor(c));
      expect(cap.requests).toHaveLength(1);
      const req = cap.last!;
      expect(req.method).toBe(rec.method);
      expect(req.url).toBe(rec.url);
      // Host is signed by both: the URL's host (or the header, if one was sent) is botocore's.
      const host = rec.implicit_headers?.find(([k]) => k.toLowerCase() === 'host')?.[1];
      expect(req.headers.host ?? new URL(req.url).host).toBe(host);
      for (const [name, value] of rec.headers) {
        if (!UNSIGNED.has(name.toLowerCase())) expect(req.headers[name.toLowerCase()], name).toBe(value);
      }
      expect(req.headers['content-length']).toBe(String(req.body.byteLength));
      // botocore writes ", " and ": " separators; the client writes compact JSON: same meaning.
      expect(bodyOf(req.body)).toEqual(JSON.parse(rec.body.text!));
    });

    it('signs with the same scope and headers, and an independent HMAC check accepts its signature', async () => {
      const { cap, client } = clientFor(c);
      await client.send(commandFor(c));
      const req = cap.last!;
      const ours = parseAuthorization(req.headers.authorization!);
      expect(ours.credential).toBe(c.signing.authorization!.Credential);
      expect(ours.credential.split('/').slice(1).join('/')).toBe(c.signing_scope);
      expect(ours.signedHeaders).toEqual(c.signing.authorization!.SignedHeaders);
      const { canonical, valid } = verifySigned(req, c.credentials.secret_access_key);
      expect(valid).toBe(true);
      // The canonical request is botocore's except for the payload hash of our own bytes.
      const theirs = c.signing.canonical_request!.split('\n');
      theirs[theirs.length - 1] = sha256Hex(req.body);
      expect(canonical).toBe(theirs.join('\n'));
      // And the verifier itself reproduces botocore's recorded signature from botocore's request.
      expect(signatureOf(c.signing.canonical_request!, c.date, c.signing_scope, c.credentials.secret_access_key)).toBe(c.signing.authorization!.Signature);
    });

    it("gives botocore's exact Authorization header when signing botocore's body bytes", async () => {
      const bytes = recordedBody(c);
      expect(sha256Hex(bytes)).toBe(rec.body.sha256);
      // The hook runs before signing: only the body bytes are swapped, after checking that
      // they mean what the client serialized.
      const { cap, client } = clientFor(c, {
        beforeRequest: ({ request }) => {
          expect(bodyOf(request.body as Uint8Array)).toEqual(bodyOf(bytes));
          request.body = bytes;
          request.headers['content-length'] = String(bytes.byteLength);
        },
      });
      await client.send(commandFor(c));
      const authorization = rec.headers.find(([k]) => k.toLowerCase() === 'authorization')![1];
      expect(cap.last!.headers.authorization).toBe(authorization);
      expect(cap.last!.headers['content-length']).toBe(String(rec.body.length));
    });
  });
});

describe('the independent verifier', () => {
  it('rejects a request whose body changed after signing', async () => {
    const c = cases[0]!;
    const { cap, client } = clientFor(c);
    await client.send(commandFor(c));
    const req = cap.last!;
    const tampered = { ...req, body: new TextEncoder().encode(`${new TextDecoder().decode(req.body)} `) };
    expect(verifySigned(req, c.credentials.secret_access_key).valid).toBe(true);
    expect(verifySigned(tampered, c.credentials.secret_access_key).valid).toBe(false);
    expect(verifySigned(req, 'not-the-secret').valid).toBe(false);
    expect(canonicalRequest(req, ['host']).split('\n')[3]).toBe(`host:${new URL(req.url).host}`);
  });
});
