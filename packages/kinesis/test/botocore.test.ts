// The shared botocore Kinesis cases (../shared/vectors/botocore/kinesis.json), replayed
// through KinesisClient with botocore's clock, region, credentials and default endpoint.
import { botocoreCases, captureTransport, clockOf, commandFor, credentialsOf, type BotocoreCase } from '@skiff/testkit';
import { describeTheVerifier, expectBotocoreHeadersAndBody, itSignsLikeBotocore } from '@skiff/testkit/jsonReplay';
import { describe, expect, it } from 'vitest';
import * as kinesis from '../src/index.js';

const all = botocoreCases('kinesis.json');
const cases = all.filter((c) => c.kind === 'request');

async function send(c: BotocoreCase, hooks?: kinesis.ClientHooks) {
  const cap = captureTransport();
  // No endpoint: the default for the region must be botocore's.
  const client = new kinesis.KinesisClient({ region: c.region, credentials: credentialsOf(c), clock: clockOf(c.date), transport: cap.transport, hooks });
  await client.send(commandFor(kinesis, c));
  return cap;
}

const sortedQuery = (url: string) => [...new URL(url).searchParams].map(([k, v]) => `${k}=${v}`).sort();

describe('botocore Kinesis cases through KinesisClient', () => {
  it('has cases to replay, every one a request', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBe(all.length);
    expect(cases[0]!.endpoint_url).toBe(`https://kinesis.${cases[0]!.region}.amazonaws.com`);
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const rec = c.request!;

    it('sends the same method, path, query, signed headers and body meaning', async () => {
      const cap = await send(c);
      expect(cap.requests).toHaveLength(1);
      const req = cap.last!;
      expect(req.method).toBe(rec.method);
      expect(new URL(req.url).origin).toBe(new URL(rec.url).origin);
      expect(new URL(req.url).pathname).toBe(new URL(rec.url).pathname);
      expect(sortedQuery(req.url)).toEqual(sortedQuery(rec.url));
      // Host, X-Amz-Target, Content-Type, X-Amz-Date, X-Amz-Security-Token, Content-Length,
      // and the body's meaning (Data as the same base64).
      expectBotocoreHeadersAndBody(req, c);
      expect(req.headers['x-amz-target']).toBe(`Kinesis_20131202.${c.operation}`);
    });

    itSignsLikeBotocore(c, send);
  });
});

describeTheVerifier(cases[0]!, send);
