// KinesisProducer's batching and error rules, over a capturing transport.
import { describe, expect, it } from 'vitest';
import { KinesisProducer, ParamValidationError, ProducerRecordError } from '../src/index.js';
import { captured, dec, json } from './helpers.js';

type Req = { Records: Array<{ PartitionKey: string; Data: string }> };
const bodyOf = (b: Uint8Array) => JSON.parse(dec(b)) as Req;
const ok = (req: Req, i0 = 0) => ({ Records: req.Records.map((_, i) => ({ ShardId: 'shardId-000000000000', SequenceNumber: String(1000 + i0 + i) })) });

describe('KinesisProducer', () => {
  it('batches up to 500 records per request, one per key at a time, and flush() sends without lingering', async () => {
    let n = 0;
    const { cap, client } = captured((req) => {
      const b = bodyOf(req.body);
      const out = json(ok(b, n));
      n += b.Records.length;
      return out;
    });
    const p = new KinesisProducer(client, { StreamName: 's', lingerMs: 60_000 });
    const all = Array.from({ length: 1200 }, (_, i) => p.put({ PartitionKey: `k${i % 600}`, Data: `d${i}` }));
    await p.flush();
    await Promise.all(all);
    const sizes = cap.requests.map((r) => bodyOf(r.body).Records.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1200);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(500);
    for (const r of cap.requests) {
      const keys = bodyOf(r.body).Records.map((x) => x.PartitionKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('keeps a request within maxBatchBytes (Data plus PartitionKey bytes)', async () => {
    const { cap, client } = captured((req) => json(ok(bodyOf(req.body))));
    const p = new KinesisProducer(client, { StreamName: 's', maxBatchBytes: 1000 });
    const all = Array.from({ length: 10 }, (_, i) => p.put({ PartitionKey: `k${i}`, Data: 'x'.repeat(298) }));
    await p.close();
    await Promise.all(all);
    // 300 bytes each: three per request.
    expect(cap.requests.map((r) => bodyOf(r.body).Records.length)).toEqual([3, 3, 3, 1]);
  });

  it('retries only the failed record, and a non-retryable record error rejects that record alone', async () => {
    let call = 0;
    const { cap, client } = captured((req) => {
      const b = bodyOf(req.body);
      call++;
      return json({
        FailedRecordCount: 1,
        Records: b.Records.map((r, i) =>
          r.Data === Buffer.from('bad').toString('base64') ? { ErrorCode: 'ValidationException', ErrorMessage: 'no' }
          : call === 1 && i === 0 ? { ErrorCode: 'ProvisionedThroughputExceededException', ErrorMessage: 'slow down' }
          : { ShardId: 'shardId-0', SequenceNumber: String(call * 10 + i) }),
      });
    });
    const p = new KinesisProducer(client, { StreamName: 's', lingerMs: 0, baseDelayMs: 1 });
    const a = p.put({ PartitionKey: 'a', Data: 'one' });
    const b = p.put({ PartitionKey: 'b', Data: 'bad' }).catch((e: unknown) => e);
    const c = p.put({ PartitionKey: 'c', Data: 'two' });
    await expect(a).resolves.toMatchObject({ attempts: 2 });
    const err = await b;
    expect(err).toBeInstanceOf(ProducerRecordError);
    expect(err).toMatchObject({ code: 'ValidationException', attempts: 1 });
    await expect(c).resolves.toMatchObject({ attempts: 1 });
    await p.close();
    // The second request carries only the record that was throttled.
    expect(bodyOf(cap.requests[1]!.body).Records.map((r) => r.PartitionKey)).toEqual(['a']);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const { client } = captured((req) => json({ FailedRecordCount: 1, Records: bodyOf(req.body).Records.map(() => ({ ErrorCode: 'InternalFailure', ErrorMessage: 'boom' })) }));
    const p = new KinesisProducer(client, { StreamName: 's', lingerMs: 0, baseDelayMs: 1, maxAttempts: 3 });
    await expect(p.put({ PartitionKey: 'a', Data: 'x' })).rejects.toMatchObject({ name: 'ProducerRecordError', code: 'InternalFailure', attempts: 3 });
  });

  it('refuses a bad record at submit, before it can fail a shared request', async () => {
    const { cap, client } = captured();
    const p = new KinesisProducer(client, { StreamName: 's' });
    await expect(p.put({ PartitionKey: '', Data: 'x' })).rejects.toBeInstanceOf(ParamValidationError);
    await expect(p.put({ PartitionKey: 'k', Data: new Uint8Array(10_485_761) })).rejects.toBeInstanceOf(ParamValidationError);
    expect(cap.requests).toHaveLength(0);
    expect(() => new KinesisProducer(client, {})).toThrow(TypeError);
  });

  it('submit() waits while the buffer is full', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { client } = captured(async (req) => {
      await gate;
      return json(ok(bodyOf(req.body)));
    });
    const p = new KinesisProducer(client, { StreamName: 's', lingerMs: 0, maxBufferedRecords: 2 });
    await p.submit({ PartitionKey: 'a', Data: '1' });
    await p.submit({ PartitionKey: 'b', Data: '2' });
    let third = false;
    const t = p.submit({ PartitionKey: 'c', Data: '3' }).then(() => (third = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(third).toBe(false);
    release();
    await t;
    expect(third).toBe(true);
    await p.close();
    expect(p.highWaterRecords).toBe(2);
  });
});
