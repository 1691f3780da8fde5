// KPL aggregation against an independent implementation: the npm package aws-kinesis-agg
// (awslabs/kinesis-aggregation, protobufjs and node:crypto underneath). Skiff's aggregate()
// read back by its deaggregateSync, its RecordAggregator's output read back by Skiff's
// deaggregate(), over generated user records (fast-check, fixed seed).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, deaggregate, hashKeyOf } from '../src/index.js';
import { decodeAggregatedRecord, encodeAggregatedRecord, KPL_MAGIC } from '../src/aggregatedRecordFormat.js';
import { AggregateSize } from '../src/aggregate.js';

interface OracleUserRecord {
  partitionKey: string;
  explicitPartitionKey?: string;
  sequenceNumber: string;
  subSequenceNumber?: number;
  data: string;
}
interface Oracle {
  deaggregateSync(record: { partitionKey: string; data: string; sequenceNumber: string }, computeChecksums: boolean, cb: (err: Error | null, records?: OracleUserRecord[]) => void): void;
  RecordAggregator: new () => {
    addUserRecord(r: { partitionKey: string; explicitHashKey?: string; data: Buffer }): void;
    build(): { partitionKey: string; data: Buffer; ExplicitHashKey?: string } | undefined;
  };
}
const oracle = createRequire(import.meta.url)('aws-kinesis-agg') as Oracle;

function oracleDeaggregate(r: { PartitionKey: string; Data: Uint8Array }): OracleUserRecord[] {
  let out: OracleUserRecord[] | undefined;
  oracle.deaggregateSync({ partitionKey: r.PartitionKey, data: Buffer.from(r.Data).toString('base64'), sequenceNumber: '1' }, true, (err, records) => {
    if (err) throw err;
    out = records;
  });
  return out!;
}

type Input = { PartitionKey: string; ExplicitHashKey?: string; Data: Uint8Array };

const hashKey = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }).map(String);
// A few keys, so that the tables are shared; unicode keys too (the tables are UTF-8 strings).
const records = (withHashKeys: boolean) =>
  fc.array(
    fc.record({
      PartitionKey: fc.oneof(fc.constantFrom('a', 'b', 'key-3', 'ключ'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })),
      ExplicitHashKey: withHashKeys ? fc.oneof(fc.constantFrom('0', '340282366920938463463374607431768211455'), hashKey) : fc.constant(undefined),
      Data: fc.uint8Array({ maxLength: 300 }),
    }),
    { minLength: 1, maxLength: 40 },
  ).map((rs) => rs.map(({ ExplicitHashKey, ...r }): Input => (ExplicitHashKey === undefined ? r : { ...r, ExplicitHashKey })));

const RUNS = { numRuns: 150, seed: 20261208 };

describe('aggregate() read back by aws-kinesis-agg', () => {
  it('gives the same user records (keys, hash keys, data), with or without explicit hash keys', async () => {
    for (const withHashKeys of [false, true]) {
      await fc.assert(
        fc.asyncProperty(records(withHashKeys), async (input) => {
          const agg = await aggregate(input);
          expect(agg.PartitionKey).toBe(input[0]!.PartitionKey);
          expect(agg.ExplicitHashKey).toBe(input[0]!.ExplicitHashKey ?? (await hashKeyOf(input[0]!.PartitionKey)).toString());
          const back = oracleDeaggregate(agg);
          expect(back.map((r) => r.subSequenceNumber)).toEqual(input.map((_, i) => i));
          expect(back.map((r) => r.partitionKey)).toEqual(input.map((r) => r.PartitionKey));
          expect(back.map((r) => Buffer.from(r.data, 'base64').toString('hex'))).toEqual(input.map((r) => Buffer.from(r.Data).toString('hex')));
          if (withHashKeys) expect(back.map((r) => r.explicitPartitionKey)).toEqual(input.map((r) => r.ExplicitHashKey));
        }),
        RUNS,
      );
    }
  });

  it('AggregateSize predicts the aggregated record size exactly', async () => {
    await fc.assert(
      fc.asyncProperty(records(true), fc.boolean(), async (input, mixed) => {
        const rs = mixed ? input.map((r, i) => (i % 2 ? { PartitionKey: r.PartitionKey, Data: r.Data } : r)) : input;
        const size = new AggregateSize();
        for (const r of rs) {
          const predicted = size.bytesWith({ ...r, dataBytes: r.Data.byteLength });
          size.add({ ...r, dataBytes: r.Data.byteLength });
          expect(size.bytes).toBe(predicted);
        }
        const agg = await aggregate(rs);
        expect(size.bytes).toBe(agg.Data.byteLength + Buffer.byteLength(agg.PartitionKey));
      }),
      RUNS,
    );
  });
});

// aws-kinesis-agg's RecordAggregator builds its key tables as Object.keys of a plain object,
// which lists integer-like keys ("0", "17", …, below 2^32 - 1) first and in numeric order, while
// it numbers keys in the order they come: with two such keys out of order its indexes point at
// the wrong keys (its own deaggregateSync reads them wrong too). So that direction leaves out
// keys and hash keys that are array indexes; Skiff's tables keep first-seen order.
const ARRAY_INDEX = /^(0|[1-9]\d{0,9})$/;
const isIndex = (s?: string) => s !== undefined && ARRAY_INDEX.test(s) && Number(s) < 2 ** 32 - 1;

describe('aws-kinesis-agg aggregates read back by deaggregate()', () => {
  it('gives the same user records (keys, hash keys, data) and sub-sequence numbers', async () => {
    for (const withHashKeys of [false, true]) {
      await fc.assert(
        fc.asyncProperty(records(withHashKeys).filter((rs) => !rs.some((r) => isIndex(r.PartitionKey) || isIndex(r.ExplicitHashKey))), async (input) => {
          const a = new oracle.RecordAggregator();
          for (const r of input) a.addUserRecord({ partitionKey: r.PartitionKey, ...(r.ExplicitHashKey ? { explicitHashKey: r.ExplicitHashKey } : {}), data: Buffer.from(r.Data) });
          const built = a.build()!;
          const out = await deaggregate({ PartitionKey: built.partitionKey, Data: new Uint8Array(built.data), SequenceNumber: '49' });
          expect(out.map((r) => [r.PartitionKey, r.ExplicitHashKey, Buffer.from(r.Data).toString('hex')])).toEqual(
            input.map((r) => [r.PartitionKey, r.ExplicitHashKey, Buffer.from(r.Data).toString('hex')]),
          );
          expect(out.map((r) => r.SubSequenceNumber)).toEqual(input.map((_, i) => i));
          expect(out.every((r) => r.Aggregated && r.SequenceNumber === '49')).toBe(true);
        }),
        RUNS,
      );
    }
  });
});

describe('records that are not aggregates pass through as one record', () => {
  const input: Input[] = [
    { PartitionKey: 'a', Data: Uint8Array.of(1, 2, 3) },
    { PartitionKey: 'b', ExplicitHashKey: '12345', Data: Uint8Array.of(4) },
  ];

  it('a tampered MD5, a tampered message, no magic: the record itself, once', async () => {
    const agg = await aggregate(input);
    const tampered = [
      Uint8Array.from(agg.Data, (b, i) => (i === agg.Data.length - 1 ? b ^ 1 : b)), // MD5
      Uint8Array.from(agg.Data, (b, i) => (i === 10 ? b ^ 1 : b)), // message
      agg.Data.subarray(4), // no magic
      Uint8Array.from(agg.Data, (b, i) => (i === 0 ? 0 : b)), // another magic
      new Uint8Array(0),
      KPL_MAGIC,
      new TextEncoder().encode('plain data'),
    ];
    for (const Data of tampered) {
      const rec = { PartitionKey: 'outer', Data, SequenceNumber: '7' };
      const out = await deaggregate(rec);
      expect(out).toEqual([{ PartitionKey: 'outer', Data, SequenceNumber: '7', SubSequenceNumber: 0, Aggregated: false }]);
      // The oracle agrees where it passes records through (no magic); with the magic but a bad MD5 it throws, where the KCL (and Skiff) pass the record on.
      if (Data.length < 4 || Buffer.from(Data.subarray(0, 4)).toString('hex') !== 'f3899ac2') expect(oracleDeaggregate(rec)).toHaveLength(1);
    }
  });

  it('a message with a right MD5 that does not parse, or names a key its tables lack, passes through', async () => {
    const wrap = (m: Uint8Array) => Uint8Array.from([...KPL_MAGIC, ...m, ...createHash('md5').update(m).digest()]);
    const bad = [
      Uint8Array.of(0x0a, 0x05, 0x61), // truncated string
      Uint8Array.of(0x1a, 0x02, 0x08, 0x00), // a record without data
      encodeAggregatedRecord({ partitionKeyTable: ['a'], explicitHashKeyTable: [], records: [{ partitionKeyIndex: 1, data: Uint8Array.of(1) }] }),
      encodeAggregatedRecord({ partitionKeyTable: ['a'], explicitHashKeyTable: [], records: [{ partitionKeyIndex: 0, explicitHashKeyIndex: 0, data: Uint8Array.of(1) }] }),
      Uint8Array.of(0x0b), // a group: not in this schema
    ];
    for (const m of bad) {
      const Data = wrap(m);
      expect(await deaggregate({ PartitionKey: 'outer', Data })).toEqual([{ PartitionKey: 'outer', Data, SubSequenceNumber: 0, Aggregated: false }]);
    }
  });

  it('the reader skips unknown fields and keeps tags', async () => {
    const m = encodeAggregatedRecord({
      partitionKeyTable: ['k'],
      explicitHashKeyTable: ['99'],
      records: [{ partitionKeyIndex: 0, explicitHashKeyIndex: 0, data: Uint8Array.of(9), tags: [{ key: 't', value: 'v' }, { key: 'u' }] }],
    });
    // Unknown fields of every wire type (varint, fixed64, length-delimited, fixed32) at the top level.
    const extra = Uint8Array.of(0x20, 0x96, 0x01, 0x29, 1, 2, 3, 4, 5, 6, 7, 8, 0x32, 0x01, 0xff, 0x3d, 1, 2, 3, 4);
    const withExtra = Uint8Array.from([...extra, ...m]);
    expect(decodeAggregatedRecord(withExtra)).toEqual({
      partitionKeyTable: ['k'],
      explicitHashKeyTable: ['99'],
      records: [{ partitionKeyIndex: 0, explicitHashKeyIndex: 0, data: Uint8Array.of(9), tags: [{ key: 't', value: 'v' }, { key: 'u' }] }],
    });
    const Data = Uint8Array.from([...KPL_MAGIC, ...withExtra, ...createHash('md5').update(withExtra).digest()]);
    expect(oracleDeaggregate({ PartitionKey: 'x', Data }).map((r) => [r.partitionKey, r.explicitPartitionKey])).toEqual([['k', '99']]);
    expect((await deaggregate({ PartitionKey: 'x', Data })).map((r) => [r.PartitionKey, r.ExplicitHashKey, [...r.Data]])).toEqual([['k', '99', [9]]]);
  });
});
