// Against the local MediaStore server (@skiff/mediastore-local, started here on a free port):
// it verifies every SigV4 signature, so each call below also proves the client signs as the
// service expects (UNSIGNED-PAYLOAD uploads, base-path endpoints, presigned URLs).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createDefaultTransport, readAll, type HttpResponse, type Transport } from '@skiff/core';
import { startMediaStoreLocal, type MediaStoreLocal } from '@skiff/mediastore-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContainerNotActiveError,
  ContainerNotFoundException,
  DeleteObjectCommand,
  DescribeObjectCommand,
  GetObjectCommand,
  IntegrityError,
  ListItemsCommand,
  MediaStoreDataClient,
  MediaStoreDataPresigner,
  ObjectNotFoundException,
  PutObjectCommand,
  RequestedRangeNotSatisfiableException,
  ServiceError,
  dataClientForContainer,
  getSignedUrl,
  paginateListItems,
  type Item,
} from '../src/index.js';
import { failure } from './helpers.js';
import { KEYS, createContainer, startLocal } from './localServer.js';

let server: MediaStoreLocal;
let client: MediaStoreDataClient;
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const MiB = 1024 * 1024;

/** Deterministic, non-repeating bytes. */
function bytesOf(n: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

beforeAll(async () => {
  server = await startLocal();
  await createContainer(server, 'movies');
  client = await dataClientForContainer({ region: server.region, credentials: KEYS, endpoint: server.endpoint }, 'movies');
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
});

describe('dataClientForContainer', () => {
  it("returns a client for the container's data endpoint", () => {
    expect(client).toBeInstanceOf(MediaStoreDataClient);
    expect(client.config.endpoint).toBe(server.dataEndpoint('movies'));
    expect(client.config.region).toBe(server.region);
  });

  it('throws ContainerNotFoundException for an unknown container', async () => {
    const err = await failure(dataClientForContainer({ region: server.region, credentials: KEYS, endpoint: server.endpoint }, 'nosuch'));
    expect(err).toBeInstanceOf(ContainerNotFoundException);
    expect(err.$metadata.httpStatusCode).toBe(400); // the control plane documents 400
  });

  it('throws ContainerNotActiveError while the container is CREATING', async () => {
    const slow = await startMediaStoreLocal({ creatingDelayMs: 60_000 });
    try {
      await createContainer(slow, 'creating');
      const err = await failure(dataClientForContainer({ region: slow.region, credentials: KEYS, endpoint: slow.endpoint }, 'creating'));
      expect(err).toBeInstanceOf(ContainerNotActiveError);
      expect(err.container).toMatchObject({ Name: 'creating', Status: 'CREATING' });
    } finally {
      await slow.close();
    }
  });
});

describe('upload and download', () => {
  it.each([
    ['1 byte', 1],
    ['1 MiB', MiB],
  ])('round-trips %s and describes it', async (_label, size) => {
    const data = bytesOf(size, size);
    const path = `sizes/${size}.bin`;
    const put = await client.send(new PutObjectCommand({ Path: path, Body: data, ContentType: 'application/octet-stream', CacheControl: 'max-age=60', StorageClass: 'TEMPORAL' }));
    expect(put.ContentSHA256).toBe(sha256(data));
    expect(put.StorageClass).toBe('TEMPORAL');
    const got = await client.send(new GetObjectCommand({ Path: path }));
    expect(got).toMatchObject({ StatusCode: 200, ContentLength: size, ContentType: 'application/octet-stream', CacheControl: 'max-age=60', ETag: put.ETag });
    expect(got.LastModified).toBeInstanceOf(Date);
    expect(sha256(await got.Body!.transformToByteArray())).toBe(sha256(data));
    const head = await client.send(new DescribeObjectCommand({ Path: path }));
    expect(head).toMatchObject({ ContentLength: size, ContentType: 'application/octet-stream', ETag: put.ETag, CacheControl: 'max-age=60' });
    expect(head.LastModified).toEqual(got.LastModified);
  });

  it('uploads a Node Readable, a web stream, a Blob and a string', async () => {
    const parts = [bytesOf(70_000, 3), bytesOf(1, 4), bytesOf(65_536, 5)];
    const whole = Buffer.concat(parts);
    const bodies = {
      'kinds/readable.bin': Readable.from(parts.map((p) => Buffer.from(p))),
      'kinds/web.bin': new Blob(parts).stream(),
      'kinds/blob.bin': new Blob(parts),
      'kinds/text.txt': 'héllo',
    };
    for (const [path, Body] of Object.entries(bodies)) {
      const put = await client.send(new PutObjectCommand({ Path: path, Body }));
      const expected = path.endsWith('.txt') ? Buffer.from('héllo') : whole;
      expect(put.ContentSHA256).toBe(sha256(expected));
      const got = await client.send(new GetObjectCommand({ Path: path }));
      expect(Buffer.from(await got.Body!.transformToByteArray()).equals(expected)).toBe(true);
    }
  });

  it('accepts a path with a leading slash', async () => {
    await client.send(new PutObjectCommand({ Path: '/premium/canada/mlaw.avi', Body: 'x', ContentType: 'video/x-msvideo' }));
    const head = await client.send(new DescribeObjectCommand({ Path: 'premium/canada/mlaw.avi' }));
    expect(head.ContentType).toBe('video/x-msvideo');
    await expect(client.send(new DescribeObjectCommand({ Path: '/premium/canada/mlaw.avi' }))).resolves.toMatchObject({ ContentLength: 1 });
  });
});

describe('STREAMING upload availability', () => {
  it('is readable while it is still uploading, and complete at the end', async () => {
    const first = bytesOf(40_000, 7);
    const rest = bytesOf(50_000, 8);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    async function* slowly() {
      yield first;
      await released; // the upload stalls here until a reader has seen the first bytes
      yield rest;
    }
    const upload = client.send(new PutObjectCommand({ Path: 'live/seg.ts', Body: slowly(), UploadAvailability: 'STREAMING', ContentType: 'video/MP2T' }));
    // Poll until the live object appears, then read its first bytes before the upload ends.
    let reader: AsyncIterator<Uint8Array> | undefined;
    for (let i = 0; i < 100 && !reader; i++) {
      const got = await client.send(new GetObjectCommand({ Path: 'live/seg.ts' })).catch((e) => (e instanceof ObjectNotFoundException ? undefined : Promise.reject(e)));
      if (got) {
        expect(got.ContentType).toBe('video/MP2T');
        reader = got.Body![Symbol.asyncIterator](); // a Node Readable in Node
      } else await new Promise((r) => setTimeout(r, 10));
    }
    expect(reader).toBeDefined();
    const seen: Uint8Array[] = [];
    let total = 0;
    while (total < first.length) {
      const { value, done } = await reader!.next();
      if (done) break;
      seen.push(value);
      total += value.length;
    }
    expect(total).toBe(first.length); // the first piece arrived while the upload was stalled
    release();
    for (;;) {
      const { value, done } = await reader!.next();
      if (done) break;
      seen.push(value);
    }
    const put = await upload;
    const whole = Buffer.concat([first, rest]);
    expect(Buffer.concat(seen).equals(whole)).toBe(true);
    expect(put.ContentSHA256).toBe(sha256(whole));
  });
});

describe('ranged reads', () => {
  const data = new TextEncoder().encode('0123456789');
  beforeAll(async () => {
    await client.send(new PutObjectCommand({ Path: 'ranges/ten.txt', Body: data, ContentType: 'text/plain' }));
  });

  it.each([
    ['bytes=2-5', '2345', 'bytes 2-5/10'],
    ['bytes=-3', '789', 'bytes 7-9/10'],
    ['bytes=6-', '6789', 'bytes 6-9/10'],
    ['bytes=8-100', '89', 'bytes 8-9/10'],
  ])('%s', async (Range, body, contentRange) => {
    const got = await client.send(new GetObjectCommand({ Path: 'ranges/ten.txt', Range }));
    expect(got).toMatchObject({ StatusCode: 206, ContentRange: contentRange, ContentLength: body.length });
    expect(await got.Body!.transformToString()).toBe(body);
  });

  it('past the end is RequestedRangeNotSatisfiableException', async () => {
    const err = await failure(client.send(new GetObjectCommand({ Path: 'ranges/ten.txt', Range: 'bytes=10-' })));
    expect(err).toBeInstanceOf(RequestedRangeNotSatisfiableException);
    expect(err.$metadata.httpStatusCode).toBe(416);
  });
});

describe('listing', () => {
  const names = ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts', 'f.ts', 'g.ts'];
  beforeAll(async () => {
    for (const n of names) await client.send(new PutObjectCommand({ Path: `list/${n}`, Body: n }));
    for (const f of ['x', 'y', 'z']) await client.send(new PutObjectCommand({ Path: `list/${f}/inner.ts`, Body: f }));
  });

  it('pages past a page boundary with paginateListItems', async () => {
    const pages: Item[][] = [];
    for await (const page of paginateListItems({ client, pageSize: 3 }, { Path: 'list' })) pages.push(page.Items ?? []);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 1]);
    const items = pages.flat();
    expect(items.map((i) => i.Name)).toEqual([...names, 'x', 'y', 'z']);
    expect(items.filter((i) => i.Type === 'FOLDER').map((i) => i.Name)).toEqual(['x', 'y', 'z']);
    const obj = items.find((i) => i.Name === 'a.ts')!;
    expect(obj).toMatchObject({ Type: 'OBJECT', ContentLength: 4 });
    expect(obj.LastModified).toBeInstanceOf(Date);
  });

  it('stops at maxItems and resumes from the resume token', async () => {
    const first: string[] = [];
    let resume: string | undefined;
    for await (const page of paginateListItems({ client, pageSize: 3, maxItems: 4 }, { Path: '/list/' })) {
      first.push(...(page.Items ?? []).map((i) => i.Name!));
      resume = page.resumeToken;
    }
    expect(first).toEqual(['a.ts', 'b.ts', 'c.ts', 'd.ts']);
    expect(resume).toBeDefined();
    const rest: string[] = [];
    for await (const page of paginateListItems({ client, pageSize: 3, startingToken: resume }, { Path: '/list/' })) rest.push(...(page.Items ?? []).map((i) => i.Name!));
    expect(rest).toEqual(['e.ts', 'f.ts', 'g.ts', 'x', 'y', 'z']);
  });

  it('lists the container root and a folder by hand with NextToken', async () => {
    const root = await client.send(new ListItemsCommand({}));
    expect(root.Items!.map((i) => i.Name)).toEqual(expect.arrayContaining(['list', 'sizes']));
    const one = await client.send(new ListItemsCommand({ Path: 'list', MaxResults: 1 }));
    expect(one.Items).toHaveLength(1);
    const two = await client.send(new ListItemsCommand({ Path: 'list', MaxResults: 1, NextToken: one.NextToken }));
    expect(two.Items![0]!.Name).toBe('b.ts');
  });
});

describe('delete and missing things', () => {
  it('deletes an object; it is gone afterwards', async () => {
    await client.send(new PutObjectCommand({ Path: 'tmp/gone.txt', Body: 'bye' }));
    await client.send(new DeleteObjectCommand({ Path: 'tmp/gone.txt' }));
    const err = await failure(client.send(new DescribeObjectCommand({ Path: 'tmp/gone.txt' })));
    expect(err).toBeInstanceOf(ObjectNotFoundException);
    expect(err.$metadata.httpStatusCode).toBe(404);
    expect(await failure(client.send(new DeleteObjectCommand({ Path: 'tmp/gone.txt' })))).toBeInstanceOf(ObjectNotFoundException);
  });

  it('a missing object is ObjectNotFoundException', async () => {
    const err = await failure(client.send(new GetObjectCommand({ Path: 'no/such/object.mp4' })));
    expect(err).toBeInstanceOf(ObjectNotFoundException);
    expect(err).toMatchObject({ name: 'ObjectNotFoundException', $fault: 'client' });
    expect(err.message).toMatch(/does not exist/);
  });

  it('a missing container is ContainerNotFoundException on every operation', async () => {
    const ghost = new MediaStoreDataClient({ endpoint: server.dataEndpoint('ghost'), region: server.region, credentials: KEYS });
    try {
      const calls = [
        () => ghost.send(new GetObjectCommand({ Path: 'a' })),
        () => ghost.send(new DescribeObjectCommand({ Path: 'a' })),
        () => ghost.send(new PutObjectCommand({ Path: 'a', Body: 'x' })),
        () => ghost.send(new ListItemsCommand({})),
        () => ghost.send(new DeleteObjectCommand({ Path: 'a' })),
      ];
      for (const call of calls) {
        const err = await failure(call());
        expect(err).toBeInstanceOf(ContainerNotFoundException);
        expect(err.$metadata.httpStatusCode).toBe(404);
      }
    } finally {
      ghost.destroy();
    }
  });

  it('wrong keys are a service error, not a success', async () => {
    const wrong = new MediaStoreDataClient({ endpoint: server.dataEndpoint('movies'), region: server.region, credentials: { ...KEYS, secretAccessKey: 'nope' } });
    const err = await failure(wrong.send(new ListItemsCommand({})));
    wrong.destroy();
    expect(err).toBeInstanceOf(ServiceError);
    expect(err.$metadata.httpStatusCode).toBe(403);
  });
});

describe('presigned URLs with plain fetch', () => {
  it('GET', async () => {
    await client.send(new PutObjectCommand({ Path: 'shared/clip.txt', Body: 'presigned!', ContentType: 'text/plain' }));
    const url = await getSignedUrl(client, new GetObjectCommand({ Path: 'shared/clip.txt' }), { expiresIn: 300 });
    expect(url).toContain('X-Amz-Expires=300');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(await res.text()).toBe('presigned!');
    // Tampering with the path breaks the signature.
    const forged = await fetch(url.replace('clip.txt', 'other.txt'));
    expect(forged.status).toBe(403);
  });

  it('PUT (signed UNSIGNED-PAYLOAD), then read back', async () => {
    const url = await getSignedUrl(client, new PutObjectCommand({ Path: 'shared/upload.txt', ContentType: 'text/plain' } as never), { expiresIn: 300 });
    const res = await fetch(url, { method: 'PUT', body: 'uploaded via URL', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ContentSHA256: string }).ContentSHA256).toBe(sha256('uploaded via URL'));
    const got = await client.send(new GetObjectCommand({ Path: 'shared/upload.txt' }));
    expect(await got.Body!.transformToString()).toBe('uploaded via URL');
  });

  it('a MediaStoreDataPresigner (no send path) makes URLs the server accepts: a ranged GET and a PUT', async () => {
    const presigner = new MediaStoreDataPresigner({ endpoint: client.config.endpoint, region: server.region, credentials: KEYS });
    const putUrl = await getSignedUrl(presigner, new PutObjectCommand({ Path: 'shared/by-presigner.txt', ContentType: 'text/plain' } as never));
    expect((await fetch(putUrl, { method: 'PUT', body: 'signed by a presigner', headers: { 'content-type': 'text/plain' } })).status).toBe(200);
    const getUrl = await getSignedUrl(presigner, new GetObjectCommand({ Path: 'shared/by-presigner.txt', Range: 'bytes=12-20' }), { expiresIn: 60 });
    const res = await fetch(getUrl, { headers: { range: 'bytes=12-20' } });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe('presigner');
    // The server checks the signature: another path under the same signature is refused.
    expect((await fetch(getUrl.replace('by-presigner.txt', 'clip.txt'), { headers: { range: 'bytes=12-20' } })).status).toBe(403);
  });

  it('an expired URL is refused', async () => {
    const past = new MediaStoreDataClient({ ...client.config, clock: () => new Date(Date.now() - 120_000) });
    const url = await getSignedUrl(past, new GetObjectCommand({ Path: 'shared/clip.txt' }), { expiresIn: 60 });
    expect((await fetch(url)).status).toBe(403);
  });
});

describe('ContentSHA256 check against a real upload', () => {
  /** The default transport, but the PutObject answer's ContentSHA256 is altered on the way. */
  function alteringTransport(): Transport & { destroy(): Promise<void> } {
    const inner = createDefaultTransport();
    const t: Transport = async (req, opts) => {
      const res = await inner(req, opts);
      if (req.method !== 'PUT' || res.status !== 200) return res;
      const doc = JSON.parse(new TextDecoder().decode((await readAll(res.body)).bytes)) as { ContentSHA256: string };
      doc.ContentSHA256 = doc.ContentSHA256.replace(/^./, (c) => (c === '0' ? '1' : '0'));
      return { ...res, body: new TextEncoder().encode(JSON.stringify(doc)) } satisfies HttpResponse;
    };
    return Object.assign(t, { destroy: inner.destroy });
  }

  it.each([
    ['bytes', () => bytesOf(100_000, 9)],
    ['a stream', () => Readable.from([Buffer.from(bytesOf(100_000, 9))])],
  ])('throws IntegrityError for %s', async (_kind, body) => {
    const transport = alteringTransport();
    const bad = new MediaStoreDataClient({ endpoint: server.dataEndpoint('movies'), region: server.region, credentials: KEYS, transport });
    try {
      const err = await failure(bad.send(new PutObjectCommand({ Path: 'integrity/x.bin', Body: body() })));
      expect(err).toBeInstanceOf(IntegrityError);
      expect(err.message).toContain(sha256(bytesOf(100_000, 9)));
      expect(err.$metadata.httpStatusCode).toBe(200);
    } finally {
      await transport.destroy();
    }
  });
});
