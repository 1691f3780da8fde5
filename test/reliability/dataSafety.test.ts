// Nothing lost: a one-shot upload body is never sent twice, a multipart Upload that fails or
// is aborted leaves no upload on the server, a MediaStore Data upload whose stored SHA-256
// differs fails loudly, and a download cut short (or stalled) mid-body is an error to its
// reader, never a short file.
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, IntegrityError, NetworkError, TimeoutError } from '@skiff/core';
import * as data from '@skiff/mediastore-data';
import { startMediaStoreLocal, type MediaStoreLocal } from '@skiff/mediastore-local';
import { CreateContainerCommand, MediaStoreClient, waitUntilContainerActive } from '@skiff/mediastore';
import * as s3 from '@skiff/s4-s3';
import { faultServer, rawHead, type Exchange } from './support/faultServer.js';
import { multipartServer, type MultipartServer } from './support/multipartServer.js';
import { count, CREDENTIALS, failure, note, noteError } from './support/registry.js';
import { DATA_BASE, observed } from './support/services.js';

const KiB = 1024;
const MiB = 1024 * KiB;
const bytes = (n: number, seed = 7) => {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed + (i >> 9)) & 255;
  return b;
};
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A one-shot source that counts how often it was started and how many bytes it gave. */
function oneShot(total: number, piece = 64 * KiB) {
  const stats = { starts: 0, given: 0 };
  async function* gen() {
    stats.starts++;
    for (let o = 0; o < total; o += piece) {
      const p = bytes(Math.min(piece, total - o), o);
      stats.given += p.length;
      yield p;
    }
  }
  return { stats, body: gen() };
}

const s3Client = (url: string, extra: Partial<s3.S3ClientConfig> = {}) => new s3.S3Client({ ...observed({ endpoint: url, maxAttempts: 3, ...extra }), forcePathStyle: true });
const dataClient = (endpoint: string, extra: Partial<data.MediaStoreDataClientConfig> = {}) => new data.MediaStoreDataClient(observed({ endpoint, maxAttempts: 3, ...extra }) as data.MediaStoreDataClientConfig);

describe('a one-shot stream body is never sent twice', () => {
  const answer500 = (x: Exchange, xml: boolean) => {
    const body = xml ? '<Error><Code>InternalError</Code><Message>boom</Message></Error>' : JSON.stringify({ __type: 'InternalServerError', message: 'boom' });
    x.res.writeHead(500, { 'content-type': xml ? 'application/xml' : 'application/json', 'x-amzn-errortype': 'InternalServerError', 'content-length': Buffer.byteLength(body) }).end(body);
  };

  it.each([
    ['an async generator', (g: AsyncGenerator<Uint8Array>) => g],
    ['a Node Readable', (g: AsyncGenerator<Uint8Array>) => Readable.from(g)],
    ['a web ReadableStream', (g: AsyncGenerator<Uint8Array>) => (ReadableStream as unknown as { from(i: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> }).from(g)],
  ])('S3 PutObject, aws-chunked from %s, against a server answering 500: one attempt, the source read once', async (_kind, wrap) => {
    const server = await faultServer((x) => answer500(x, true));
    const client = s3Client(server.url);
    const src = oneShot(300 * KiB);
    try {
      const err = await failure(client.send(new s3.PutObjectCommand({ Bucket: 'bkt', Key: 'once.bin', Body: wrap(src.body) as never, ContentLength: 300 * KiB })));
      expect(err).toBeInstanceOf(s3.InternalError);
      expect(err.$retryable).toEqual({ throttling: false }); // retryable in kind, yet not replayable
      expect(err.$metadata.attempts).toBe(1);
      expect(server.hits()).toBe(1);
      expect(src.stats).toEqual({ starts: 1, given: 300 * KiB });
      const seen = server.seen[0]!;
      expect(seen.headers['x-amz-content-sha256']).toBe('STREAMING-AWS4-HMAC-SHA256-PAYLOAD');
      expect(seen.headers['x-amz-decoded-content-length']).toBe(String(300 * KiB));
      expect(seen.bodyBytes).toBeGreaterThan(300 * KiB); // the chunk framing and signatures on top
      count('data.one-shot uploads failed, re-sent', 0);
      count('data.one-shot uploads against a failing server');
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('S3 PutObject stream: a server that answers 500 before reading the body, or resets mid-upload, is not sent the body again', async () => {
    for (const mode of ['early 500', 'reset mid-upload'] as const) {
      const server = await faultServer(
        (x) => {
          if (mode === 'early 500') answer500(x, true);
          else x.req.once('data', () => x.socket.destroy());
        },
        { early: true },
      );
      const client = s3Client(server.url);
      const src = oneShot(2 * MiB);
      try {
        const err = await failure(client.send(new s3.PutObjectCommand({ Bucket: 'bkt', Key: 'once.bin', Body: src.body, ContentLength: 2 * MiB })));
        expect(['InternalError', 'NetworkError']).toContain(err.name);
        expect(err.$metadata.attempts).toBe(1);
        expect(server.hits()).toBe(1);
        expect(src.stats.starts).toBe(1);
        note('one-shot early failures', { mode, error: err.name, attempts: err.$metadata.attempts, sourceBytesRead: src.stats.given });
        count('data.one-shot uploads against a failing server');
      } finally {
        client.destroy();
        await server.close();
      }
    }
  });

  it('MediaStore Data streaming PutObject against a server answering 500: one attempt; bytes bodies are retried whole', async () => {
    let bytesFailed = false;
    const server = await faultServer((x) => {
      if (x.req.headers['transfer-encoding'] === 'chunked') return answer500(x, false);
      if (!bytesFailed) return void ((bytesFailed = true), answer500(x, false));
      okPut(x);
    });
    const client = dataClient(`${server.url}${DATA_BASE}`);
    try {
      for (const UploadAvailability of ['STREAMING', 'STANDARD'] as const) {
        const src = oneShot(256 * KiB);
        const before = server.hits();
        const err = await failure(client.send(new data.PutObjectCommand({ Path: 'live/seg.ts', Body: Readable.from(src.body), UploadAvailability })));
        expect(err).toBeInstanceOf(data.InternalServerError);
        expect(err.$metadata.attempts).toBe(1);
        expect(server.hits() - before).toBe(1);
        expect(src.stats).toEqual({ starts: 1, given: 256 * KiB });
        count('data.one-shot uploads against a failing server');
      }
      // The same failure with a bytes body: replayable, so retried, and the same bytes arrive.
      const body = bytes(100 * KiB);
      const before = server.hits();
      const out = await client.send(new data.PutObjectCommand({ Path: 'vod/a.ts', Body: body }));
      expect(out.$metadata.attempts).toBe(2);
      expect(out.ContentSHA256).toBe(sha256(body));
      expect(server.seen.slice(before).map((s) => s.bodyBytes)).toEqual([body.length, body.length]);
    } finally {
      client.destroy();
      await server.close();
    }
  });

  describe('against the local MediaStore (injectFault)', () => {
    let local: MediaStoreLocal;
    let endpoint: string;
    beforeAll(async () => {
      local = await startMediaStoreLocal({ credentials: [CREDENTIALS], creatingDelayMs: 0 });
      const ms = new MediaStoreClient(observed({ endpoint: local.endpoint }));
      await ms.send(new CreateContainerCommand({ ContainerName: 'box' }));
      await waitUntilContainerActive({ client: ms, maxWaitTime: 10 }, { ContainerName: 'box' });
      ms.destroy();
      endpoint = local.dataEndpoint('box');
    });
    afterAll(() => local?.close());

    it('a STREAMING upload hit by an injected 500 is sent once, stores nothing, and a fresh stream then succeeds', async () => {
      const client = dataClient(endpoint);
      try {
        local.injectFault({ operation: 'PutObject', times: 1 });
        const src = oneShot(200 * KiB);
        const err = await failure(client.send(new data.PutObjectCommand({ Path: 'live/a.ts', Body: Readable.from(src.body), UploadAvailability: 'STREAMING' })));
        expect(err).toBeInstanceOf(data.InternalServerError);
        expect(err.$metadata.attempts).toBe(1);
        expect(src.stats.starts).toBe(1);
        expect(await failure(client.send(new data.DescribeObjectCommand({ Path: 'live/a.ts' })))).toBeInstanceOf(data.ObjectNotFoundException);
        const again = oneShot(200 * KiB);
        const out = await client.send(new data.PutObjectCommand({ Path: 'live/a.ts', Body: Readable.from(again.body), UploadAvailability: 'STREAMING' }));
        expect(out.$metadata.attempts).toBe(1);
        const got = await client.send(new data.GetObjectCommand({ Path: 'live/a.ts' }));
        expect((await got.Body!.transformToByteArray()).length).toBe(200 * KiB);
        count('data.one-shot uploads against a failing server');
      } finally {
        client.destroy();
      }
    });

    it('ThrottlingException injected twice on a bytes PutObject: retried with the same bytes, stored once, hash checked', async () => {
      const client = dataClient(endpoint);
      try {
        local.injectFault({ operation: 'PutObject', code: 'ThrottlingException', status: 400, times: 2 });
        const body = bytes(64 * KiB, 3);
        const out = await client.send(new data.PutObjectCommand({ Path: 'vod/b.bin', Body: body }));
        expect(out.$metadata.attempts).toBe(3);
        expect(out.ContentSHA256).toBe(sha256(body));
        const got = await client.send(new data.GetObjectCommand({ Path: 'vod/b.bin' }));
        expect(sha256(await got.Body!.transformToByteArray())).toBe(sha256(body));
        count('faults.injected responses', 2);
        count('faults.retried to success');
      } finally {
        client.destroy();
      }
    });
  });
});

function okPut(x: Exchange, sha = createHash('sha256').update(x.body).digest('hex')) {
  const body = JSON.stringify({ ContentSHA256: sha, ETag: 'etag', StorageClass: 'TEMPORAL' });
  x.res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
}

describe('an upload answered by something other than the service is not stored', () => {
  it.each([
    ['a portal page without a doctype', '<html><body><form>Sign in to the Wi-Fi</form></body></html>'],
    ['a proxy page with a doctype', '<!DOCTYPE html>\n<html lang="en"><head><title>Blocked</title></head><body>Blocked by policy</body></html>'],
  ])('S3 PutObject and UploadPart answered 200 with %s: ResponseParseError, never a success', async (_k, page) => {
    const server = await faultServer((x) => x.res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    const client = s3Client(server.url);
    try {
      const put = await failure(client.send(new s3.PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: 'precious' })));
      expect(put.name).toBe('ResponseParseError');
      expect(put.$metadata.attempts).toBe(1);
      const part = await failure(client.send(new s3.UploadPartCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u', PartNumber: 1, Body: 'precious' })));
      expect(part.name).toBe('ResponseParseError');
      count('data.uploads answered by an HTML page, refused', 2);
    } finally {
      client.destroy();
      await server.close();
    }
  });
});

describe('a multipart Upload that fails or is aborted leaves no upload behind (counted on the server)', () => {
  type Scenario = {
    name: string;
    fault?: MultipartServer['fault'];
    body?: () => unknown;
    abortAfterParts?: number;
    config?: Partial<s3.S3ClientConfig>;
    error: string;
  };
  const SIZE = 12 * MiB; // three parts of 5, 5 and 2 MiB
  const scenarios: Scenario[] = [
    { name: 'a part answers 500 every time', fault: (op) => (op === 'UploadPart' ? 'error500' : undefined), error: 'InternalError' },
    { name: 'the second part resets the connection every time', fault: (op, x) => (op === 'UploadPart' && x.req.url?.includes('partNumber=2') ? 'reset' : undefined), error: 'NetworkError' },
    { name: 'a part stalls past the time-out', fault: (op, x) => (op === 'UploadPart' && x.req.url?.includes('partNumber=3') ? 'stall' : undefined), config: { requestTimeout: 1_000, maxAttempts: 2 }, error: 'TimeoutError' },
    { name: 'CompleteMultipartUpload answers 200 with an <Error> inside, every time', fault: (op) => (op === 'CompleteMultipartUpload' ? 'embedded' : undefined), error: 'InternalError' },
    { name: 'a part fails and the first AbortMultipartUpload answers 503 (the abort is retried)', fault: (op, _x, nth) => (op === 'UploadPart' ? 'error500' : op === 'AbortMultipartUpload' && nth === 1 ? 'error503' : undefined), error: 'InternalError' },
    {
      name: 'the body stream fails after the first part',
      body: () =>
        Readable.from(
          (async function* () {
            yield Buffer.from(bytes(6 * MiB));
            throw new Error('disk read failed');
          })(),
        ),
      error: 'Error',
    },
    { name: 'the caller aborts after the first part was acknowledged', abortAfterParts: 1, error: 'AbortError' },
  ];

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_n, sc) => {
    const server = await multipartServer();
    server.fault = sc.fault;
    const client = s3Client(server.url, sc.config);
    const ac = new AbortController();
    try {
      const upload = new s3.Upload({ client, params: { Bucket: 'bkt', Key: 'big.bin', Body: (sc.body?.() ?? bytes(SIZE)) as never }, queueSize: 2, abortController: ac });
      let acknowledged = 0;
      upload.on('httpUploadProgress', () => {
        if (++acknowledged === sc.abortAfterParts) ac.abort();
      });
      const err = await failure(upload.done());
      expect(err.name).toBe(sc.error);
      if (sc.error === 'AbortError') expect(err).toBeInstanceOf(AbortError);
      if (sc.error === 'TimeoutError') expect(err).toBeInstanceOf(TimeoutError);
      expect(upload.uploadId).toMatch(/^up-/);
      expect(server.created).toBe(1);
      expect([...server.open]).toEqual([]);
      expect(server.aborted).toBe(1);
      expect(server.completed).toBe(0);
      expect(server.objects.size).toBe(0);
      note('multipart rows', { scenario: sc.name, error: err.name, calls: server.calls.join(',') });
      count('data.failed or aborted multipart Uploads');
      count('data.multipart uploads left open on the server', server.open.size);
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('the same server completes a healthy Upload (the counts above are not vacuous)', async () => {
    const server = await multipartServer();
    const client = s3Client(server.url);
    try {
      const out = await new s3.Upload({ client, params: { Bucket: 'bkt', Key: 'big.bin', Body: bytes(SIZE) }, queueSize: 2 }).done();
      expect(out.ETag).toBe('"done"');
      expect([server.created, server.completed, server.aborted, server.open.size]).toEqual([1, 1, 0, 0]);
      expect(server.calls.filter((c) => c === 'UploadPart')).toHaveLength(3);
    } finally {
      client.destroy();
      await server.close();
    }
  });
});

describe('MediaStore Data: a stored SHA-256 that differs from what was sent fails loudly', () => {
  const flip = (hex: string) => hex.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  it.each([
    ['bytes, STANDARD', () => bytes(50 * KiB), undefined],
    ['bytes, STREAMING', () => bytes(50 * KiB), 'STREAMING' as const],
    ['a stream, STREAMING', () => Readable.from([Buffer.from(bytes(50 * KiB))]), 'STREAMING' as const],
  ])('%s: IntegrityError naming both hashes, not retried', async (_kind, body, UploadAvailability) => {
    const server = await faultServer((x) => okPut(x, flip(sha256(x.body))));
    const client = dataClient(`${server.url}${DATA_BASE}`);
    try {
      const err = await failure(client.send(new data.PutObjectCommand({ Path: 'a/b.bin', Body: body() as never, UploadAvailability })));
      expect(err).toBeInstanceOf(IntegrityError);
      expect(err.message).toContain(sha256(bytes(50 * KiB)));
      expect(err.message).toContain(flip(sha256(bytes(50 * KiB))));
      expect(err.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
      expect(server.hits()).toBe(1);
      count('data.SHA-256 mismatches surfaced as IntegrityError');
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('a server that answers 200 before the whole stream was sent is not a success', async () => {
    const server = await faultServer((x) => okPut(x, sha256(bytes(10))), { early: true });
    const client = dataClient(`${server.url}${DATA_BASE}`);
    try {
      const src = oneShot(4 * MiB);
      const err = await failure(client.send(new data.PutObjectCommand({ Path: 'a/early.bin', Body: Readable.from(src.body) })));
      // Either the check sees an unfinished body, or the transport sees the upload cut: never a success.
      expect(['IntegrityError', 'NetworkError']).toContain(err.name);
      if (err.name === 'IntegrityError') expect(err.message).toMatch(/before the whole body was sent|SHA-256/);
      expect(src.stats.starts).toBe(1);
      note('early 200 to a stream upload', { error: err.name, sourceBytesRead: src.stats.given });
      count('data.SHA-256 mismatches surfaced as IntegrityError');
    } finally {
      client.destroy();
      await server.close();
    }
  });
});

describe('a GetObject cut short mid-body is an error to its reader, never a short file', () => {
  const OBJECT = bytes(1 * MiB, 11);
  type Cut = 'reset after 300 KiB' | 'chunked, closed before the last chunk' | 'stalled after 300 KiB';
  const cut = (how: Cut) => (x: Exchange) => {
    if (how === 'chunked, closed before the last chunk') {
      rawHead(x.socket, 200, { 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' });
      const piece = Buffer.from(OBJECT.subarray(0, 300 * KiB));
      x.socket.write(`${piece.length.toString(16)}\r\n`);
      x.socket.write(piece);
      x.socket.write('\r\n');
      setTimeout(() => x.socket.end(), 20);
      return;
    }
    rawHead(x.socket, 200, { 'content-type': 'application/octet-stream', 'content-length': OBJECT.length, etag: '"e"' });
    x.socket.write(Buffer.from(OBJECT.subarray(0, 300 * KiB)));
    if (how === 'reset after 300 KiB') setTimeout(() => x.socket.destroy(), 20);
  };

  const readers = {
    transformToByteArray: (body: s3.GetObjectOutput['Body']) => body!.transformToByteArray(),
    'a web stream reader': async (body: s3.GetObjectOutput['Body']) => {
      const r = body!.transformToWebStream().getReader();
      let n = 0;
      for (;;) {
        const { done, value } = await r.read();
        if (done) return n;
        n += value.length;
      }
    },
    // In Node the Body is a Node Readable, piped as it is.
    'a Node pipeline to a file-like sink': async (body: s3.GetObjectOutput['Body']) => {
      let n = 0;
      await pipeline(body!, new Writable({ write: (c: Buffer, _e, cb) => ((n += c.length), cb()) }));
      return n;
    },
    "'data' events": (body: s3.GetObjectOutput['Body']) =>
      new Promise<number>((resolve, reject) => {
        let n = 0;
        body!.on('data', (c: Buffer) => (n += c.length)).once('end', () => resolve(n)).once('error', reject);
      }),
  };

  const clients = {
    S3: (url: string) => {
      const c = s3Client(url, { requestTimeout: 800 });
      return { c, get: () => c.send(new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'clip.bin' })) };
    },
    MediaStoreData: (url: string) => {
      const c = dataClient(`${url}${DATA_BASE}`, { requestTimeout: 800 });
      return { c, get: () => c.send(new data.GetObjectCommand({ Path: 'clips/clip.bin' })) };
    },
  };

  const rows = (['S3', 'MediaStoreData'] as const).flatMap((svc) =>
    (['reset after 300 KiB', 'chunked, closed before the last chunk', 'stalled after 300 KiB'] as const).flatMap((how) =>
      (Object.keys(readers) as Array<keyof typeof readers>).map((reader) => [svc, how, reader] as const),
    ),
  );

  it.concurrent.each(rows)('%s, %s, read with %s', async (svc, how, reader) => {
    const server = await faultServer(cut(how));
    const { c, get } = clients[svc](server.url);
    try {
      const out = await get();
      expect(out.ContentLength ?? OBJECT.length).toBe(OBJECT.length);
      const t0 = performance.now();
      // Bounded: a reader that hangs past 10 s fails the row instead of the suite.
      const settled = await Promise.race([
        readers[reader](out.Body as never).then(
          (v) => ({ ok: v }),
          (e: unknown) => ({ err: noteError(e, `${svc} GetObject ${how}`) as Error }),
        ),
        new Promise<{ hang: true }>((r) => setTimeout(() => r({ hang: true }), 10_000)),
      ]);
      expect(settled, 'the reader must not hang').not.toHaveProperty('hang');
      expect(settled, 'a short body must not read as a success').not.toHaveProperty('ok');
      const err = (settled as { err: Error }).err;
      expect(err).toBeInstanceOf(Error);
      if (how === 'stalled after 300 KiB') expect(performance.now() - t0).toBeLessThan(5_000);
      if (reader !== 'a web stream reader') expect(err).toBeInstanceOf(NetworkError);
      note('cut downloads', { svc, how, reader, error: err.name });
      count('data.downloads cut short, surfaced as errors');
    } finally {
      c.destroy();
      await server.close();
    }
  });
});
