// The shared botocore Kinesis cases (../shared/vectors/botocore/kinesis.json), replayed
// through KinesisClient with botocore's clock, region, credentials and default endpoint.
import { botocoreCases, captureTransport, clockOf, decodeParams, type BotocoreCase } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import * as kinesis from '../src/index.js';
import { dec } from './helpers.js';
import { canonicalRequest, parseAuthorization, sha256Hex, signatureOf, verifySigned } from './sigv4Verify.js';

const all = botocoreCases('kinesis.json');
const cases = all.filter((c) => c.kind === 'request');
// Never signed, and different by design (botocore's fixed User-Agent and invocation id).
const UNSIGNED = new Set(['user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'content-length', 'authorization']);

function clientFor(c: BotocoreCase, hooks?: kinesis.ClientHooks) {
  const cap = captureTransport();
  // No endpoint: the default for the region must be botocore's.
  const client = new kinesis.KinesisClient({
    region: c.region,
    credentials: { accessKeyId: c.credentials.access_key_id, secretAccessKey: c.credentials.secret_access_key, sessionToken: c.credentials.session_token },
    clock: clockOf(c.date),
    transport: cap.transport,
    hooks,
  });
  return { cap, client };
}

function commandFor(c: BotocoreCase) {
  const Cmd = (kinesis as unknown as Record<string, new (input: unknown) => kinesis.PutRecordCommand>)[`${c.operation}Command`];
  if (!Cmd) throw new Error(`no command for botocore operation ${c.operation}`);
  return new Cmd(decodeParams(c.params));
}

const recordedBody = (c: BotocoreCase) =>
  c.request!.body.text !== undefined ? new TextEncoder().encode(c.request!.body.text) : new Uint8Array(Buffer.from(c.request!.body.base64 ?? '', 'base64'));
const sortedQuery = (url: string) => [...new URL(url).searchParams].map(([k, v]) => `${k}=${v}`).sort();

describe('botocore Kinesis cases through KinesisClient', () => {
  it('has cases to replay, every one a request', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBe(all.length);
    expect(c0().endpoint_url).toBe(`https://kinesis.${c0().region}.amazonaws.com`);
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const rec = c.request!;

    it('sends the same method, path, query, signed headers and body meaning', async () => {
      const { cap, client } = clientFor(c);
      await client.send(commandFor(c));
      expect(cap.requests).toHaveLength(1);
      const req = cap.last!;
      expect(req.method).toBe(rec.method);
      expect(new URL(req.url).origin).toBe(new URL(rec.url).origin);
      expect(new URL(req.url).pathname).toBe(new URL(rec.url).pathname);
      expect(sortedQuery(req.url)).toEqual(sortedQuery(rec.url));
      const host = rec.implicit_headers?.find(([k]) => k.toLowerCase() === 'host')?.[1];
      expect(req.headers.host ?? new URL(req.url).host).toBe(host);
      // Every header botocore sent that carries meaning (X-Amz-Target, Content-Type,
      // X-Amz-Date, X-Amz-Security-Token) is sent with the same value.
      for (const [name, value] of rec.headers) {
        if (!UNSIGNED.has(name.toLowerCase())) expect(req.headers[name.toLowerCase()], name).toBe(value);
      }
      expect(req.headers['x-amz-target']).toBe(`Kinesis_20131202.${c.operation}`);
      expect(req.headers['content-length']).toBe(String(req.body.byteLength));
      // botocore writes ", " and ": " separators, the client compact JSON: the same meaning
      // (Data as the same base64).
      expect(JSON.parse(dec(req.body))).toEqual(JSON.parse(rec.body.text!));
    });

    it('signs with the same scope and signed headers; an independent HMAC check accepts it', async () => {
      const { cap, client } = clientFor(c);
      await client.send(commandFor(c));
      const req = cap.last!;
      const ours = parseAuthorization(req.headers.authorization!);
      expect(ours.credential).toBe(c.signing.authorization!.Credential);
      expect(ours.credential.split('/').slice(1).join('/')).toBe(c.signing_scope);
      expect(ours.signedHeaders).toEqual(c.signing.authorization!.SignedHeaders);
      const { canonical, valid } = verifySigned(req, c.credentials.secret_access_key);
      expect(valid).toBe(true);
      // The canonical request is botocore's but for the payload hash of the client's own bytes.
      const theirs = c.signing.canonical_request!.split('\n');
      theirs[theirs.length - 1] = sha256Hex(req.body);
      expect(canonical).toBe(theirs.join('\n'));
      // The verifier reproduces botocore's signature from botocore's canonical request.
      expect(signatureOf(c.signing.canonical_request!, c.date, c.signing_scope, c.credentials.secret_access_key)).toBe(c.signing.authorization!.Signature);
    });

    it("gives botocore's exact Authorization header over botocore's body bytes", async () => {
      const bytes = recordedBody(c);
      expect(sha256Hex(bytes)).toBe(rec.body.sha256);
      // Before signing, swap in botocore's bytes, after checking they mean what the client wrote.
      const { cap, client } = clientFor(c, {
        beforeRequest: ({ request }) => {
          expect(JSON.parse(dec(request.body as Uint8Array))).toEqual(JSON.parse(dec(bytes)));
          request.body = bytes;
          request.headers['content-length'] = String(bytes.byteLength);
        },
      });
      await client.send(commandFor(c));
      const authorization = rec.headers.find(([k]) => k.toLowerCase() === 'authorization')![1];
      expect(cap.last!.headers.authorization).toBe(authorization);
    });
  });
});

describe('the independent verifier', () => {
  it('rejects a changed body and a wrong secret', async () => {
    const c = cases[0]!;
    const { cap, client } = clientFor(c);
    await client.send(commandFor(c));
    const req = cap.last!;
    expect(verifySigned(req, c.credentials.secret_access_key).valid).toBe(true);
    expect(verifySigned({ ...req, body: new TextEncoder().encode(`${dec(req.body)} `) }, c.credentials.secret_access_key).valid).toBe(false);
    expect(verifySigned(req, 'not-the-secret').valid).toBe(false);
    expect(canonicalRequest(req, ['host']).split('\n')[3]).toBe(`host:${new URL(req.url).host}`);
  });
});

function c0() {
  return cases[0]!;
}
