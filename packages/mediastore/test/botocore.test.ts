// The shared botocore MediaStore cases, replayed through MediaStoreClient with botocore's
// fixed clock, region, credentials and endpoint, over a capturing transport.
import { botocoreCases, captureTransport, clockOf, commandFor, credentialsOf, type BotocoreCase } from '@skiff/testkit';
import { describeTheVerifier, expectBotocoreHeadersAndBody, itSignsLikeBotocore } from '@skiff/testkit/jsonReplay';
import { describe, expect, it } from 'vitest';
import * as mediastore from '../src/index.js';

const cases = botocoreCases('mediastore.json').filter((c) => c.kind === 'request');

async function send(c: BotocoreCase, hooks?: mediastore.ClientHooks) {
  const cap = captureTransport();
  const client = new mediastore.MediaStoreClient({ region: c.region, endpoint: c.endpoint_url, credentials: credentialsOf(c), clock: clockOf(c.date), transport: cap.transport, hooks });
  await client.send(commandFor(mediastore, c));
  return cap;
}

describe('botocore MediaStore cases through MediaStoreClient', () => {
  it('has cases to replay, every one of them a request', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBe(botocoreCases('mediastore.json').length);
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const rec = c.request!;

    it('sends the same method, URL, signed headers and body meaning', async () => {
      const cap = await send(c);
      expect(cap.requests).toHaveLength(1);
      const req = cap.last!;
      expect(req.method).toBe(rec.method);
      expect(req.url).toBe(rec.url);
      expectBotocoreHeadersAndBody(req, c);
    });

    itSignsLikeBotocore(c, send);
  });
});

describeTheVerifier(cases[0]!, send);
