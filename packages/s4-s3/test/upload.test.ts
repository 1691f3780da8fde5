// The Upload helper against an in-process fake S3 (fakeS3.ts): part layout by S4's rules, every
// kind of body, bounded reading and concurrency, progress, and no orphaned parts on failure
// or abort. The same helper runs against moto in moto.integration.test.ts.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AbortError, IntegrityError, InvalidPart, S3Client, Upload, type Progress, type Transport } from '../src/index.js';
import { fakeS3 } from './fakeS3.js';
import { verifyingTransport } from './verifyingTransport.js';

const MiB = 1024 * 1024;
const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const data = (n: number, seed = 7) => {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed + (i >> 13)) & 255;
  return b;
};
/** Yields `bytes` in awkward piece sizes, counting what has been pulled so far. */
function pieces(bytes: Uint8Array, size = 100_003, counter?: { pulled: number }, failAfter?: number) {
  return (async function* () {
    for (let o = 0; o < bytes.length; o += size) {
      if (failAfter !== undefined && o >= failAfter) throw new Error('the source broke');
      if (counter) counter.pulled = Math.min(bytes.length, o + size);
      yield bytes.slice(o, o + size);
    }
  })();
}

function setup(hooks: Parameters<typeof fakeS3>[1] = {}) {
  const s3 = fakeS3(creds.secretAccessKey, hooks);
  const v = verifyingTransport(s3.transport, creds.secretAccessKey);
  const client = new S3Client({ region: 'eu-central-1', endpoint: 'https://s3.example.com', credentials: creds, transport: v.transport, maxAttempts: 1 });
  return { s3, client, verified: v.verified, ops: () => s3.log.map((l) => l.op) };
}

describe('Upload', () => {
  it('sends a body that fits in one part as one PutObject', async () => {
    const { s3, client, ops } = setup();
    const events: Progress[] = [];
    const out = await new Upload({ client, params: { Bucket: 'bkt', Key: 'small.txt', Body: 'hello', ContentType: 'text/plain' } }).on('httpUploadProgress', (p) => events.push(p)).done();
    expect(ops()).toEqual(['PutObject']);
    expect(new TextDecoder().decode(s3.objects.get('small.txt'))).toBe('hello');
    expect(out).toMatchObject({ ETag: '"single"', Bucket: 'bkt', Key: 'small.txt' });
    expect(events).toEqual([{ loaded: 5, total: 5, part: 1, Key: 'small.txt', Bucket: 'bkt' }]);
  });

  it('cuts a stream of unknown length into equal parts by S4 rules, numbered 1..N, and reports progress', async () => {
    const { s3, client, ops, verified } = setup();
    const body = data(12 * MiB + 3);
    const events: Progress[] = [];
    const out = await new Upload({ client, params: { Bucket: 'bkt', Key: 'big.bin', Body: Readable.from(pieces(body)) }, partSize: 5 * MiB, queueSize: 2 }).on('httpUploadProgress', (p) => events.push(p)).done();
    expect(ops()[0]).toBe('CreateMultipartUpload');
    expect(ops().at(-1)).toBe('CompleteMultipartUpload');
    expect(ops().filter((o) => o === 'UploadPart')).toHaveLength(3);
    expect(Buffer.from(s3.objects.get('big.bin')!).equals(Buffer.from(body))).toBe(true);
    expect(out).toMatchObject({ ETag: '"done-3"', Bucket: 'bkt', Key: 'big.bin', Location: 'https://bkt.s3.example.com/big.bin' });
    expect(events.map((e) => e.loaded)).toEqual([...events.map((e) => e.loaded)].sort((a, b) => a - b));
    expect(events.at(-1)!.loaded).toBe(body.length);
    expect(events.every((e) => e.total === undefined)).toBe(true);
    expect(events.map((e) => e.part).sort()).toEqual([1, 2, 3]);
    // Each part was signed and checked independently on the way out.
    expect(verified.signatures).toBe(verified.requests);
    // Each part carried its Content-MD5.
    expect(verified.log.filter((l) => l.url.includes('partNumber')).every((l) => !!l.headers['content-md5'])).toBe(true);
  });

  const kinds: Array<[string, (b: Uint8Array<ArrayBuffer>) => unknown, boolean]> = [
    ['Uint8Array', (b) => b, true],
    ['Blob', (b) => new Blob([b]), true],
    ['web ReadableStream', (b) => new Blob([b]).stream(), false],
    ['AsyncIterable', (b) => pieces(b, 65_536), false],
    ['Node Readable', (b) => Readable.from(pieces(b, 1_000_000)), false],
  ];
  for (const [kind, make, known] of kinds) {
    it(`takes a ${kind} body (${known ? 'known' : 'unknown'} length)`, async () => {
      const { s3, client } = setup();
      const body = data(11 * MiB, kind.length);
      const totals = new Set<number | undefined>();
      await new Upload({ client, params: { Bucket: 'bkt', Key: kind, Body: make(body) as never } }).on('httpUploadProgress', (p) => totals.add(p.total)).done();
      expect(Buffer.from(s3.objects.get(kind)!).equals(Buffer.from(body))).toBe(true);
      expect([...totals]).toEqual([known ? body.length : undefined]);
    });
  }

  it('keeps at most queueSize parts in flight and reads the body only as parts are sent', async () => {
    const counter = { pulled: 0 };
    let acknowledged = 0;
    const queueSize = 2;
    const partSize = 5 * MiB;
    let worst = 0;
    const { s3, client } = setup({
      beforePart: async () => {
        worst = Math.max(worst, counter.pulled - acknowledged);
        await new Promise((r) => setTimeout(r, 15));
        acknowledged += partSize;
      },
    });
    const body = data(31 * MiB);
    await new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: pieces(body, 300_007, counter) }, partSize, queueSize }).done();
    expect(s3.maxInFlightParts).toBe(queueSize);
    // Part buffers are reused once acknowledged: what arrived is still exactly the body.
    expect(Buffer.from(s3.objects.get('k')!).equals(Buffer.from(body))).toBe(true);
    // Read ahead of what the service acknowledged: the parts in flight plus the one being filled.
    expect(worst).toBeLessThanOrEqual((queueSize + 1) * partSize);
    expect(worst).toBeGreaterThan(partSize);
  });

  it('aborts the multipart upload when the body fails midway: no orphaned parts', async () => {
    const { s3, client, ops } = setup();
    const err = await new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: pieces(data(20 * MiB), 100_000, undefined, 11 * MiB) } }).done().catch((e) => e);
    expect(err.message).toBe('the source broke');
    expect(ops()).toContain('UploadPart');
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(ops()).not.toContain('CompleteMultipartUpload');
    expect(s3.uploads.size).toBe(0);
  });

  // The abort that cleans up is retried whatever the client's maxAttempts (1 here): a connection
  // dropped at that moment must not leave the parts behind.
  describe('the AbortMultipartUpload that cleans up', () => {
    const dropAborts = (inner: Transport, answer: (attempt: number, send: () => ReturnType<Transport>) => ReturnType<Transport>) => {
      let attempt = 0;
      const transport: Transport = (req, opts) => (req.method === 'DELETE' && req.url.includes('uploadId=') ? answer(++attempt, () => inner(req, opts)) : inner(req, opts));
      return { transport, attempts: () => attempt };
    };
    const reset = () => Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const failingBody = () => pieces(data(20 * MiB), 100_000, undefined, 11 * MiB);

    it('is tried again after a dropped connection, and the upload is gone', async () => {
      const s3 = fakeS3(creds.secretAccessKey);
      const drop = dropAborts(s3.transport, (n, send) => (n === 1 ? reset() : send()));
      const client = new S3Client({ region: 'eu-central-1', endpoint: 'https://s3.example.com', credentials: creds, transport: drop.transport, maxAttempts: 1 });
      const err = await new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: failingBody() } }).done().catch((e) => e);
      expect(err.message).toBe('the source broke');
      expect(drop.attempts()).toBe(2);
      expect(s3.uploads.size).toBe(0);
    });

    it('counts NoSuchUpload as done (the first one went through, its answer was lost)', async () => {
      const s3 = fakeS3(creds.secretAccessKey);
      const warnings: string[] = [];
      const noSuchUpload = { status: 404, headers: { 'content-type': 'application/xml' }, body: new TextEncoder().encode('<Error><Code>NoSuchUpload</Code><Message>gone</Message></Error>') };
      const drop = dropAborts(s3.transport, (n, send) => (n === 1 ? send().then(reset) : Promise.resolve(noSuchUpload)));
      const client = new S3Client({ region: 'eu-central-1', endpoint: 'https://s3.example.com', credentials: creds, transport: drop.transport, maxAttempts: 1, logger: { warn: (m) => warnings.push(m) } });
      const err = await new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: failingBody() } }).done().catch((e) => e);
      expect(err.message).toBe('the source broke');
      expect(drop.attempts()).toBe(2);
      expect(s3.uploads.size).toBe(0);
      expect(warnings).toEqual([]);
    });

    it('gives up after three tries and says so through the logger; the upload keeps its id', async () => {
      const s3 = fakeS3(creds.secretAccessKey);
      const warnings: string[] = [];
      const drop = dropAborts(s3.transport, () => reset());
      const client = new S3Client({ region: 'eu-central-1', endpoint: 'https://s3.example.com', credentials: creds, transport: drop.transport, maxAttempts: 1, logger: { warn: (m) => warnings.push(m) } });
      const upload = new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: failingBody() } });
      const err = await upload.done().catch((e) => e);
      // done() rejects with the upload's own error, not the abort's.
      expect(err.message).toBe('the source broke');
      expect(drop.attempts()).toBe(3);
      expect([...s3.uploads.keys()]).toEqual([upload.uploadId]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`UploadId ${upload.uploadId}`);
      expect(warnings[0]).toContain('NetworkError');
    });
  });

  it('on a refused part, waits for the parts in flight, then aborts', async () => {
    const { s3, client, ops } = setup({ beforePart: (n) => new Promise((r) => setTimeout(r, n === 2 ? 5 : 40)), partStatus: (n) => (n === 2 ? 400 : undefined) });
    const err = await new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: data(26 * MiB) }, queueSize: 3 }).done().catch((e) => e);
    expect(err).toBeInstanceOf(InvalidPart);
    const abortAt = s3.log.findIndex((l) => l.op === 'AbortMultipartUpload');
    expect(abortAt).toBeGreaterThan(0);
    // Every UploadPart had its answer before the abort went out.
    expect(s3.log.filter((l) => l.op === 'UploadPart').every((l) => l.done !== undefined && l.done <= abortAt)).toBe(true);
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(s3.uploads.size).toBe(0);
  });

  it('abort() rejects done() with AbortError and aborts the multipart upload', async () => {
    const { s3, client, ops } = setup({ beforePart: () => new Promise((r) => setTimeout(r, 30)) });
    const upload = new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: pieces(data(40 * MiB)) } });
    upload.on('httpUploadProgress', () => void upload.abort());
    const err = await upload.done().catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.name).toBe('AbortError');
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(ops()).not.toContain('CompleteMultipartUpload');
    expect(s3.uploads.size).toBe(0);
  });

  it('an abortSignal works the same, before or during the upload', async () => {
    const { s3, client, ops } = setup({ beforePart: () => new Promise((r) => setTimeout(r, 20)) });
    const ac = new AbortController();
    const pending = new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: data(30 * MiB) }, abortSignal: ac.signal }).done();
    setTimeout(() => ac.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(s3.uploads.size).toBe(0);

    const before = setup();
    await expect(new Upload({ client: before.client, params: { Bucket: 'bkt', Key: 'k', Body: 'x' }, abortSignal: AbortSignal.abort() }).done()).rejects.toBeInstanceOf(AbortError);
    expect(before.ops()).toEqual([]);
  });

  it('leavePartsOnError: true keeps the parts (no AbortMultipartUpload)', async () => {
    const { s3, client, ops } = setup();
    await expect(new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: pieces(data(20 * MiB), 100_000, undefined, 11 * MiB) }, leavePartsOnError: true }).done()).rejects.toThrow('the source broke');
    expect(ops()).not.toContain('AbortMultipartUpload');
    expect(s3.uploads.size).toBe(1);
  });

  it('a stream that does not hold its ContentLength fails with IntegrityError and is aborted', async () => {
    const { s3, client, ops } = setup();
    const err = await new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: pieces(data(11 * MiB)), ContentLength: 12 * MiB } }).done().catch((e) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(s3.uploads.size).toBe(0);
    const single = setup();
    await expect(new Upload({ client: single.client, params: { Bucket: 'bkt', Key: 'k', Body: pieces(data(10)), ContentLength: 11 } }).done()).rejects.toBeInstanceOf(IntegrityError);
    expect(single.ops()).toEqual([]);
  });

  it('done() runs the upload once', async () => {
    const { client, ops } = setup();
    const u = new Upload({ client, params: { Bucket: 'bkt', Key: 'k', Body: 'x' } });
    expect(u.done()).toBe(u.done());
    await u.done();
    expect(ops()).toEqual(['PutObject']);
  });
});
