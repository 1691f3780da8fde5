// The shared botocore IAM golden requests, replayed through IAMClient with the case's
// clock, region, credentials and endpoint: the Query serializer writes botocore's bytes, so
// the request is compared in full, Authorization included (vectors/botocore/README.md).
import { botocoreCases, captureTransport, clockOf, commandFor, credentialsOf, recordedHeader, type BotocoreCase } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import * as iam from '../src/index.js';
import { emptyAnswer } from './helpers.js';

// Not signed and not meaningful: botocore's own bookkeeping.
const IGNORED = new Set(['user-agent', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'expect']);

const cases = botocoreCases('iam.json');

async function replay(c: BotocoreCase) {
  const cap = captureTransport(emptyAnswer(c.operation));
  const client = new iam.IAMClient({ region: c.region, endpoint: c.endpoint_url, clock: clockOf(c.date), maxAttempts: 1, transport: cap.transport, credentials: credentialsOf(c) });
  await client.send(commandFor(iam, c));
  expect(cap.requests).toHaveLength(1);
  return cap.requests[0]!;
}

describe('botocore iam golden requests through IAMClient', () => {
  it('has cases to replay', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.kind === 'request' && c.request)).toBe(true);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const req = await replay(c);
    const golden = c.request!;
    expect(req.method).toBe(golden.method);
    expect(req.url).toBe(golden.url);
    expect(new URL(req.url).host).toBe(recordedHeader(c, 'host'));

    // The form body: the same parameters in the same order, and the same bytes.
    const body = new TextDecoder().decode(req.body);
    expect([...new URLSearchParams(body)]).toEqual([...new URLSearchParams(golden.body.text!)]);
    expect(body).toBe(golden.body.text);
    expect(req.body.byteLength).toBe(golden.body.length);

    // Every meaningful header botocore sent, with its value; nothing signed besides them.
    for (const [name, value] of golden.headers) {
      if (IGNORED.has(name.toLowerCase())) continue;
      expect([name, req.headers[name.toLowerCase()]]).toEqual([name, value]);
    }
    // …and no header botocore did not send (host is the URL's, added by the signer).
    const sent = new Set(golden.headers.map(([n]) => n.toLowerCase()));
    expect(Object.keys(req.headers).filter((n) => n !== 'host' && !sent.has(n) && !IGNORED.has(n))).toEqual([]);
    if (req.headers.host !== undefined) expect(req.headers.host).toBe(new URL(golden.url).host);
    const auth = req.headers.authorization!;
    expect(auth).toContain(`Credential=${c.credentials.access_key_id}/${c.signing_scope},`);
    expect(c.signing_scope).toBe(`${c.date.slice(0, 8)}/${c.region}/iam/aws4_request`);
    expect(auth).toBe(recordedHeader(c, 'authorization'));
  });
});
