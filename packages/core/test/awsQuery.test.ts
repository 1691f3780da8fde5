import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineOperation, list, struct, utf8 } from '../src/index.js';
import { awsQuery } from '../src/xml.js';

const protocol = awsQuery({ version: '2010-05-08' });
const respond = (xml: string) => ({ status: 200, headers: {}, body: utf8(xml) });

describe('awsQuery parse', () => {
  const ListThings = defineOperation<unknown, { Things?: Array<{ Doc?: string; When?: Date }>; IsTruncated?: boolean }>({
    name: 'ListThings',
    input: () => z.object({}),
    output: { Things: list(struct({ Doc: { decode: (v) => (typeof v === 'string' ? v.toUpperCase() : v) }, When: 'timestamp' })), IsTruncated: 'boolean' },
  });

  it('reads the operation result, applies decode shapes and keeps the request id', async () => {
    const out = await protocol.parse(
      ListThings,
      respond('<ListThingsResponse><ListThingsResult><Things><member><Doc>abc</Doc><When>2022-07-29T20:05:50.000Z</When></member></Things><IsTruncated>true</IsTruncated></ListThingsResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></ListThingsResponse>'),
    );
    expect(out).toEqual({ Things: [{ Doc: 'ABC', When: new Date('2022-07-29T20:05:50.000Z') }], IsTruncated: true });
    expect((out as { $requestId?: string }).$requestId).toBe('r-1');
  });

  it('falls back to the single …Result element when its name differs from the operation', async () => {
    const out = await protocol.parse(ListThings, respond('<ListThingsResponse><ListOtherThingsResult><IsTruncated>false</IsTruncated></ListOtherThingsResult></ListThingsResponse>'));
    expect(out).toEqual({ IsTruncated: false });
  });

  it('an action with no output members succeeds on a 2xx body it cannot read; others still fail', async () => {
    const Detach = defineOperation<unknown, Record<never, never>>({ name: 'DetachThing', input: () => z.object({}) });
    const garbled = '<DetachThingResponse><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></detachThingResponse>';
    expect(await protocol.parse(Detach, respond(garbled))).toEqual({});
    await expect(protocol.parse(ListThings, respond(garbled.replace('<DetachThing', '<ListThings')))).rejects.toThrow(/not valid XML/);
  });
});
