// End to end in headless Chromium: a page bundled with esbuild (platform browser) from the
// built packages signs and sends real requests to local servers, cross-origin, through fetch:
//   Kinesis (kinesalite, which answers CORS itself): CreateStream, the StreamExists waiter,
//     PutRecord, GetShardIterator, GetRecords: the record read back is the one put;
//   MediaStore Data (@skiff/mediastore-local, `cors` on, verifies every SigV4 signature):
//     PutObject, a ranged GetObject (206, Content-Range), a presigned GET by plain fetch, and
//     the same URL with its signature changed, which the server refuses;
//   S3 (moto behind a small CORS-adding proxy, corsProxy.ts: moto exposes no header to a
//     page): a signed PutObject (Content-MD5 from the browser's MD5, ETag read back), a signed
//     GetObject, a presigned GET by plain fetch (the same URL from an S3Presigner works too),
//     and NoSuchKey as its typed class.
// The page is served from its own server on 127.0.0.1; results are read with page.evaluate.
// moto checks no signature: the signature checks of this test are mediastore-local's.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMediaStoreLocal, type MediaStoreLocal } from '@skiff/mediastore-local';
import { startKinesalite, startMoto, type Peer } from '@skiff/testkit';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, ensureBuilt, userProject } from './bundle.js';
import { startCorsProxy, type CorsProxy } from './corsProxy.js';

const CHROMIUM = '/usr/bin/chromium';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const BUCKET = 'skiff-e2e';
const CONTAINER = 'e2e';

// The page: everything runs in the browser, with the packages' browser builds.
const PAGE_SOURCE = `
import { runtime } from '@skiff/core';
import { KinesisClient, CreateStreamCommand, PutRecordCommand, GetShardIteratorCommand, GetRecordsCommand, waitUntilStreamExists } from '@skiff/kinesis';
import { MediaStoreDataClient, PutObjectCommand as MsPut, GetObjectCommand as MsGet, getSignedUrl as msSignedUrl } from '@skiff/mediastore-data';
import { S3Client, S3Presigner, PutObjectCommand, GetObjectCommand, NoSuchKey, getSignedUrl } from '@skiff/s4-s3';

const text = (bytes) => new TextDecoder().decode(bytes);

async function kinesis(cfg) {
  const client = new KinesisClient({ region: 'us-east-1', endpoint: cfg.kinesis, credentials: cfg.credentials });
  await client.send(new CreateStreamCommand({ StreamName: 'browser', ShardCount: 1 }));
  const waited = await waitUntilStreamExists({ client, maxWaitTime: 30 }, { StreamName: 'browser' });
  const put = await client.send(new PutRecordCommand({ StreamName: 'browser', PartitionKey: 'pk-1', Data: cfg.record }));
  const it = await client.send(new GetShardIteratorCommand({ StreamName: 'browser', ShardId: put.ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: put.SequenceNumber }));
  const got = await client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator, Limit: 10 }));
  return {
    waiter: waited.state,
    shardId: put.ShardId,
    sequenceNumber: put.SequenceNumber,
    requestId: put.$metadata.requestId,
    records: (got.Records ?? []).map((r) => ({ data: text(r.Data), partitionKey: r.PartitionKey, sequenceNumber: r.SequenceNumber, arrivalIsDate: r.ApproximateArrivalTimestamp instanceof Date })),
  };
}

async function mediaStoreData(cfg) {
  const client = new MediaStoreDataClient({ region: 'us-east-1', endpoint: cfg.mediaStoreData, credentials: cfg.credentials });
  const put = await client.send(new MsPut({ Path: 'clips/hello.txt', Body: cfg.object, ContentType: 'text/plain' }));
  const ranged = await client.send(new MsGet({ Path: 'clips/hello.txt', Range: 'bytes=2-6' }));
  const url = await msSignedUrl(client, new MsGet({ Path: 'clips/hello.txt' }), { expiresIn: 300 });
  const signed = await fetch(url);
  const tampered = await fetch(url.replace(/X-Amz-Signature=([0-9a-f])/, (m, c) => 'X-Amz-Signature=' + (c === '0' ? '1' : '0')));
  return {
    putETag: put.ETag,
    putSha256: put.ContentSHA256,
    range: { status: ranged.$metadata.httpStatusCode, contentRange: ranged.ContentRange, body: await ranged.Body.transformToString() },
    presigned: { status: signed.status, body: await signed.text(), hasSignature: /X-Amz-Signature=[0-9a-f]{64}/.test(url) },
    tamperedStatus: tampered.status,
  };
}

async function s3(cfg) {
  const client = new S3Client({ region: 'us-east-1', endpoint: cfg.s3, credentials: cfg.credentials });
  const put = await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: 'docs/a b.txt', Body: cfg.object, ContentType: 'text/plain' }));
  const got = await client.send(new GetObjectCommand({ Bucket: cfg.bucket, Key: 'docs/a b.txt' }));
  const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: cfg.bucket, Key: 'docs/a b.txt' }), { expiresIn: 600 });
  const fetched = await fetch(url);
  // The same URL from an S3Presigner (no send path), with the same clock: Web Crypto signs both.
  const at = new Date();
  const viaClient = await getSignedUrl(new S3Client({ region: 'us-east-1', endpoint: cfg.s3, credentials: cfg.credentials, clock: () => at }), new GetObjectCommand({ Bucket: cfg.bucket, Key: 'docs/a b.txt' }));
  const viaPresigner = await getSignedUrl(new S3Presigner({ region: 'us-east-1', endpoint: cfg.s3, credentials: cfg.credentials, clock: () => at }), new GetObjectCommand({ Bucket: cfg.bucket, Key: 'docs/a b.txt' }));
  const byPresigner = await fetch(viaPresigner);
  let missing;
  try {
    await client.send(new GetObjectCommand({ Bucket: cfg.bucket, Key: 'no/such/key' }));
    missing = { thrown: false };
  } catch (e) {
    missing = { thrown: true, name: e.name, isClass: e instanceof NoSuchKey, status: e.$metadata?.httpStatusCode };
  }
  return {
    putETag: put.ETag,
    get: { body: await got.Body.transformToString(), contentLength: got.ContentLength, eTag: got.ETag },
    presigned: { url, status: fetched.status, body: await fetched.text() },
    presigner: { sameUrl: viaPresigner === viaClient, status: byPresigner.status, body: await byPresigner.text() },
    missing,
  };
}

window.runE2E = async (cfg) => {
  const out = { runtime };
  for (const [name, fn] of [['kinesis', kinesis], ['mediaStoreData', mediaStoreData], ['s3', s3]]) {
    try {
      out[name] = await fn(cfg);
    } catch (e) {
      out[name] = { error: String(e && e.stack || e), name: e && e.name };
    }
  }
  document.getElementById('out').textContent = JSON.stringify(out, null, 2);
  return out;
};
document.getElementById('out').textContent = 'ready';
`;

const PAGE_HTML = `<!doctype html><meta charset="utf-8"><title>Skiff e2e</title><pre id="out">loading</pre><script type="module" src="/app.js"></script>`;

describe('the browser builds in headless Chromium against local servers', () => {
  let project: ReturnType<typeof userProject> | undefined;
  let kinesalite: Peer | undefined;
  let moto: Peer | undefined;
  let mediaStore: MediaStoreLocal | undefined;
  let s3Proxy: CorsProxy | undefined;
  let pageServer: Server | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;
  let page: Page;
  let origin: string;
  let result: Record<string, any>;
  const record = `hello from chromium ${Date.now()}`;
  const object = 'Hello, MediaStore and S4, from a browser!';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM} (Debian: apt-get install -y chromium; .ci/run installs it). The browser end-to-end test cannot run without it${process.env.CI ? ' and CI requires it' : ''}.`);
    }
    ensureBuilt();
    project = userProject();
    const app = await bundle(project.dir, 'e2e-page', PAGE_SOURCE);
    // The entries bundlers take (fetch and Web Crypto built in), not Node's file.
    expect(app.inputs).toContain('packages/core/dist/index.js');
    expect(app.inputs.filter((p) => /core\/dist\/node/.test(p))).toEqual([]);

    [kinesalite, moto, mediaStore] = await Promise.all([startKinesalite(), startMoto(), startMediaStoreLocal({ cors: true, creatingDelayMs: 0 })]);
    mediaStore.state.create(CONTAINER);
    // The bucket is made from Node (moto checks no signature); the page then works in it.
    const made = await fetch(`${moto.endpoint}/${BUCKET}`, { method: 'PUT', headers: { authorization: `AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0` } });
    expect(made.status).toBe(200);
    s3Proxy = await startCorsProxy(moto.endpoint);

    pageServer = createServer((req, res) => {
      if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(app.code);
      else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_HTML);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => pageServer!.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;

    profileDir = mkdtempSync(join(tmpdir(), 'skiff-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'ready', undefined, { timeout: 30_000 }).catch((e) => {
      throw new Error(`the page did not load: ${pageErrors.join('; ') || e}`);
    });
    const cfg = {
      credentials: CREDENTIALS,
      kinesis: kinesalite.endpoint,
      mediaStoreData: mediaStore.dataEndpoint(CONTAINER),
      s3: s3Proxy.endpoint,
      bucket: BUCKET,
      record,
      object,
    };
    result = await page.evaluate((c) => (window as unknown as { runE2E(c: unknown): Promise<Record<string, unknown>> }).runE2E(c), cfg);
    console.log(`browser e2e results (${await context.browser()?.version() ?? 'chromium'}):\n${JSON.stringify(result, null, 2)}`);
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    await new Promise<void>((r) => (pageServer ? pageServer.close(() => r()) : r()));
    await s3Proxy?.close();
    await Promise.all([kinesalite?.stop(), moto?.stop(), mediaStore?.close()]);
    project?.cleanup();
  }, 60_000);

  it('runs the browser build of core', () => {
    expect(result.runtime).toBe('browser');
  });

  it('Kinesis: puts a record and reads the same record back (kinesalite)', () => {
    const k = result.kinesis;
    expect(k.error).toBeUndefined();
    expect(k.waiter).toBe('SUCCESS');
    expect(k.shardId).toMatch(/^shardId-\d+$/);
    expect(k.sequenceNumber).toMatch(/^\d+$/);
    expect(k.requestId).toEqual(expect.any(String));
    expect(k.records).toEqual([{ data: record, partitionKey: 'pk-1', sequenceNumber: k.sequenceNumber, arrivalIsDate: true }]);
  });

  it('MediaStore Data: uploads, reads a range, and a presigned GET passes the server signature check while a changed one fails', () => {
    const m = result.mediaStoreData;
    expect(m.error).toBeUndefined();
    expect(m.putSha256).toBe(createHash('sha256').update(object).digest('hex'));
    expect(m.range).toEqual({ status: 206, contentRange: `bytes 2-6/${object.length}`, body: object.slice(2, 7) });
    expect(m.presigned).toEqual({ status: 200, body: object, hasSignature: true });
    expect(m.tamperedStatus).toBe(403);
  });

  it('S3: a signed PutObject and GetObject, a presigned GET by plain fetch (from a client and from an S3Presigner), NoSuchKey as its class (moto through the CORS proxy)', () => {
    const s = result.s3;
    expect(s.error).toBeUndefined();
    const md5 = createHash('md5').update(object).digest('hex');
    expect(s.putETag).toBe(`"${md5}"`);
    expect(s.get).toEqual({ body: object, contentLength: Buffer.byteLength(object), eTag: `"${md5}"` });
    expect(s.presigned.url).toMatch(new RegExp(`^${s3Proxy!.endpoint}/${BUCKET}/docs/a%20b\\.txt\\?.*X-Amz-Expires=600.*X-Amz-Signature=[0-9a-f]{64}`));
    expect(s.presigned.status).toBe(200);
    expect(s.presigned.body).toBe(object);
    expect(s.presigner).toEqual({ sameUrl: true, status: 200, body: object });
    expect(s.missing).toEqual({ thrown: true, name: 'NoSuchKey', isClass: true, status: 404 });
  });

  it('the S3 requests came from the page: cross-origin, from Chromium, through the proxy', () => {
    const fromPage = s3Proxy!.forwarded.filter((r) => r.path.startsWith(`/${BUCKET}/`));
    expect(fromPage.map((r) => r.method)).toEqual(['PUT', 'GET', 'GET', 'GET', 'GET']);
    for (const r of fromPage) {
      expect(r.origin).toBe(origin);
      expect(r.userAgent).toMatch(/Chrome/);
    }
  });
});
