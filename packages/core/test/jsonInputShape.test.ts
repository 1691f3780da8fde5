import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { captureTransport } from '@skiff/testkit';
import { createCommand, defineOperation } from '../src/index.js';
import { creds, TestClient } from './testService.js';

// A string given for a blob member goes on the wire as base64 of its UTF-8 bytes, with or
// without validation, at the top level and inside lists and structures.
const Put = defineOperation<{ Data: Uint8Array | string; Name?: string; Items?: Array<{ Blob: Uint8Array | string }> }, object>({
  name: 'Put',
  input: () => z.object({ Data: z.union([z.instanceof(Uint8Array), z.string()]), Name: z.optional(z.string()), Items: z.optional(z.array(z.object({ Blob: z.union([z.instanceof(Uint8Array), z.string()]) }))) }),
  inputShape: { Data: 'blob', Items: { list: { struct: { Blob: 'blob' } } } },
});
const PutCommand = createCommand(Put);

describe('JSON inputShape', () => {
  for (const validation of [true, false]) {
    it(`sends a string blob as base64 (validation ${validation})`, async () => {
      const cap = captureTransport();
      const client = new TestClient({ region: 'us-east-1', credentials: creds, transport: cap.transport, validation });
      await client.send(new PutCommand({ Data: 'héllo', Name: 'plain', Items: [{ Blob: 'a' }, { Blob: new Uint8Array([1]) }] }));
      expect(JSON.parse(new TextDecoder().decode(cap.last!.body))).toEqual({
        Data: Buffer.from('héllo', 'utf8').toString('base64'),
        Name: 'plain',
        Items: [{ Blob: 'YQ==' }, { Blob: 'AQ==' }],
      });
    });
  }
});
