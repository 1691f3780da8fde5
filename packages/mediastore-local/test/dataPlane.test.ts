import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OBJECT_BYTES, startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { activeContainer, control, data, send } from './helpers/http.js';
import { signHeaders } from './helpers/testSigner.js';

let server: MediaStoreLocal;
let endpoint: string; // the container's data endpoint, as DescribeContainer gives it
beforeAll(async () => {
  server = await startMediaStoreLocal({ creatingDelayMs: 50 });
  endpoint = (await activeContainer(server.endpoint, 'media')).Endpoint;
});
afterAll(() => server.close());

const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
const text = 'Hello, MediaStore! 0123456789'; // 29 bytes

describe('PutObject / GetObject / DescribeObject / DeleteObject', () => {
  it('stores an object and answers ContentSHA256, ETag and StorageClass', async () => {
    const res = await data(endpoint, 'PUT', 'premium/canada/hello.txt', {
      body: text,
      headers: { 'content-type': 'text/plain', 'cache-control': 'max-age=60', 'x-amz-storage-class': 'TEMPORAL' },
    });
    expect(res.status).toBe(200);
    const out = res.json();
    expect(out.ContentSHA256).toBe(sha256(text));
    expect(out.ETag).toMatch(/^[0-9a-f]{32}$/);
    expect(out.StorageClass).toBe('TEMPORAL');

    const get = await data(endpoint, 'GET', 'premium/canada/hello.txt');
    expect(get.status).toBe(200);
    expect(get.body.toString()).toBe(text);
    expect(get.headers['content-type']).toBe('text/plain');
    expect(get.headers['content-length']).toBe(String(text.length));
    expect(get.headers['cache-control']).toBe('max-age=60');
    expect(get.headers.etag).toBe(out.ETag);
    expect(new Date(get.headers['last-modified'] as string).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const head = await data(endpoint, 'HEAD', 'premium/canada/hello.txt');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(text.length));
    expect(head.headers.etag).toBe(out.ETag);
  });

  it('serves ranges: bytes=a-b, open-ended, suffix, and 416 when unsatisfiable', async () => {
    const r = async (range: string) => data(endpoint, 'GET', 'premium/canada/hello.txt', { headers: { range } });
    const mid = await r('bytes=7-16');
    expect([mid.status, mid.body.toString()]).toEqual([206, 'MediaStore']);
    expect(mid.headers['content-range']).toBe(`bytes 7-16/${text.length}`);
    expect(mid.headers['content-length']).toBe('10');
    const open = await r('bytes=19-');
    expect([open.status, open.body.toString()]).toEqual([206, '0123456789']);
    const suffix = await r('bytes=-4');
    expect([suffix.status, suffix.body.toString(), suffix.headers['content-range']]).toEqual([206, '6789', `bytes 25-28/${text.length}`]);
    const past = await r('bytes=100-200');
    expect(past.status).toBe(416);
    expect(past.json().__type).toBe('RequestedRangeNotSatisfiableException');
    expect(past.headers['content-range']).toBe(`bytes */${text.length}`);
    const clipped = await r('bytes=20-999');
    expect([clipped.status, clipped.body.toString()]).toEqual([206, '123456789']);
  });

  it('answers ObjectNotFoundException (404) and ContainerNotFoundException (404)', async () => {
    const missing = await data(endpoint, 'GET', 'no/such.txt');
    expect([missing.status, missing.json().__type]).toEqual([404, 'ObjectNotFoundException']);
    const head = await data(endpoint, 'HEAD', 'no/such.txt');
    expect([head.status, head.headers['x-amzn-errortype'], head.body.length]).toEqual([404, 'ObjectNotFoundException', 0]);
    const del = await data(endpoint, 'DELETE', 'no/such.txt');
    expect(del.json().__type).toBe('ObjectNotFoundException');
    const noContainer = await data(server.dataEndpoint('ghost'), 'GET', 'a.txt');
    expect([noContainer.status, noContainer.json().__type]).toEqual([404, 'ContainerNotFoundException']);
  });

  it('fails an injected data-plane fault once', async () => {
    server.injectFault({ operation: 'GetObject', code: 'InternalServerError' });
    const failed = await data(endpoint, 'GET', 'premium/canada/hello.txt');
    expect([failed.status, failed.json().__type]).toEqual([500, 'InternalServerError']);
    expect((await data(endpoint, 'GET', 'premium/canada/hello.txt')).status).toBe(200);
  });

  it('deletes an object', async () => {
    await data(endpoint, 'PUT', 'tmp/gone.bin', { body: 'x' });
    const del = await data(endpoint, 'DELETE', 'tmp/gone.bin');
    expect([del.status, del.body.length]).toEqual([200, 0]);
    expect((await data(endpoint, 'GET', 'tmp/gone.bin')).status).toBe(404);
  });

  it('validates the path, Content-Type and storage class', async () => {
    const badType = await data(endpoint, 'PUT', 'a.txt', { body: 'x', headers: { 'content-type': 'text/plain; charset=utf-8' } });
    expect(badType.json().__type).toBe('ValidationException');
    const okType = await data(endpoint, 'PUT', 'a.mp4', { body: 'x', headers: { 'content-type': 'video/mp4' } });
    expect(okType.status).toBe(200); // seed-decisions: `/` is allowed in ContentType
    const badClass = await data(endpoint, 'PUT', 'a.txt', { body: 'x', headers: { 'x-amz-storage-class': 'GLACIER' } });
    expect(badClass.json().Message).toContain('[STANDARD, TEMPORAL]');
    const badPath = await data(endpoint, 'PUT', 'sp%20ace.txt', { body: 'x' });
    expect(badPath.json().Message).toContain("at 'path'");
    const deep = await data(endpoint, 'PUT', `${'d/'.repeat(11)}x.txt`, { body: 'x' });
    expect(deep.json().__type).toBe('ValidationException'); // at most 10 folders
    await data(endpoint, 'DELETE', 'a.mp4');
  });

  it('takes a chunked body and a body signed with UNSIGNED-PAYLOAD', async () => {
    const url = `${endpoint}/chunked/parts.bin`;
    const headers = signHeaders({ method: 'PUT', url, unsignedPayload: true, headers: { 'x-amz-upload-availability': 'STANDARD' } });
    async function* parts() {
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1000, i);
    }
    const res = await send(url, { method: 'PUT', headers, body: parts() });
    expect(res.status).toBe(200);
    const whole = Buffer.concat(Array.from({ length: 5 }, (_, i) => Buffer.alloc(1000, i)));
    expect(res.json().ContentSHA256).toBe(sha256(whole));
    const back = await data(endpoint, 'GET', 'chunked/parts.bin');
    expect(back.body.equals(whole)).toBe(true);
    await data(endpoint, 'DELETE', 'chunked/parts.bin');
  });

  it('refuses an object over the 25 MiB limit from its Content-Length', async () => {
    const url = `${endpoint}/big.bin`;
    const headers = signHeaders({ method: 'PUT', url, unsignedPayload: true });
    headers['content-length'] = String(MAX_OBJECT_BYTES + 1);
    const res = await send(url, { method: 'PUT', headers, body: Buffer.alloc(MAX_OBJECT_BYTES + 1) });
    expect(res.status).toBe(400);
    expect(res.json().Message).toContain('26214400 bytes');
    expect(MAX_OBJECT_BYTES).toBe(26_214_400);
    expect((await data(endpoint, 'HEAD', 'big.bin')).status).toBe(404);
  });

  it('stops a chunked STREAMING upload as soon as it passes 10 MiB', async () => {
    const url = `${endpoint}/live/too-big.ts`;
    const headers = signHeaders({ method: 'PUT', url, unsignedPayload: true, headers: { 'x-amz-upload-availability': 'STREAMING' } });
    async function* body() {
      for (let i = 0; i < 11; i++) yield Buffer.alloc(1024 * 1024, i); // 11 MiB, no Content-Length
    }
    const res = await send(url, { method: 'PUT', headers, body: body() });
    expect(res.status).toBe(400);
    expect(res.json().Message).toContain('10485760 bytes');
    expect((await data(endpoint, 'HEAD', 'live/too-big.ts')).status).toBe(404);
    expect(server.state.find('media')!.liveUploads.has('live/too-big.ts')).toBe(false);
  });

  it('lets a STREAMING upload be read while it is still arriving', async () => {
    const url = `${endpoint}/live/stream.ts`;
    const headers = signHeaders({
      method: 'PUT',
      url,
      unsignedPayload: true,
      headers: { 'x-amz-upload-availability': 'STREAMING', 'content-type': 'video/MP2T' },
    });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* body() {
      yield Buffer.from('first-');
      await gate;
      yield Buffer.from('second');
    }
    const upload = send(url, { method: 'PUT', headers, body: body() });
    // Wait until the first chunk has arrived, then start reading before the upload ends.
    const live = server.state.find('media')!;
    for (let i = 0; i < 200 && !(live.liveUploads.get('live/stream.ts')?.chunks.length); i++) await new Promise((r) => setTimeout(r, 5));
    const reading = data(endpoint, 'GET', 'live/stream.ts');
    await new Promise((r) => setTimeout(r, 30));
    release();
    const [put, got] = await Promise.all([upload, reading]);
    expect(put.status).toBe(200);
    expect(got.status).toBe(200);
    expect(got.body.toString()).toBe('first-second');
    expect(got.headers['content-type']).toBe('video/MP2T');
    expect((await data(endpoint, 'GET', 'live/stream.ts')).headers['content-length']).toBe('12');
  });
});

describe('ListItems', () => {
  let lists: string;
  beforeAll(async () => {
    lists = (await activeContainer(server.endpoint, 'lists')).Endpoint;
    const paths = ['a.txt', 'b.txt', 'c.txt', 'premium/x.ts', 'premium/canada/y.ts', 'premium/usa/z.ts', 'zeta/q.txt'];
    for (const p of paths) await data(lists, 'PUT', p, { body: p, headers: { 'content-type': 'text/plain' } });
  });

  const list = (query: string) => data(lists, 'GET', '', { query });

  it('lists objects and implied folders at the root', async () => {
    const res = await list('');
    expect(res.status).toBe(200);
    const items = res.json().Items;
    expect(items.map((i: any) => `${i.Type}:${i.Name}`)).toEqual(['OBJECT:a.txt', 'OBJECT:b.txt', 'OBJECT:c.txt', 'FOLDER:premium', 'FOLDER:zeta']);
    expect(items[0]).toMatchObject({ ContentType: 'text/plain', ContentLength: 5, Type: 'OBJECT' });
    expect(items[0].ETag).toMatch(/^[0-9a-f]+$/);
    expect(typeof items[0].LastModified).toBe('number');
    expect(res.json().NextToken).toBeUndefined();
  });

  it('lists a folder (with or without slashes) and pages with NextToken', async () => {
    const names = async (path: string) => (await list(`Path=${encodeURIComponent(path)}`)).json().Items.map((i: any) => i.Name);
    expect(await names('premium')).toEqual(['canada', 'usa', 'x.ts']);
    expect(await names('/premium/')).toEqual(['canada', 'usa', 'x.ts']);
    expect(await names('premium/canada')).toEqual(['y.ts']);
    expect(await names('nowhere')).toEqual([]);

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = (await list(`MaxResults=2${token ? `&NextToken=${encodeURIComponent(token)}` : ''}`)).json();
      expect(res.Items.length).toBeLessThanOrEqual(2);
      seen.push(...res.Items.map((i: any) => i.Name));
      token = res.NextToken;
      pages++;
    } while (token);
    expect(seen).toEqual(['a.txt', 'b.txt', 'c.txt', 'premium', 'zeta']);
    expect(pages).toBe(3);
  });

  it('validates MaxResults, Path and NextToken', async () => {
    expect((await list('MaxResults=0')).json().__type).toBe('ValidationException');
    expect((await list('MaxResults=1001')).json().Message).toContain('less than or equal to 1000');
    expect((await list('Path=bad%20path')).json().__type).toBe('ValidationException');
    expect((await list('NextToken=garbage')).json().__type).toBe('ValidationException');
    const first = (await list('MaxResults=1')).json();
    // A token belongs to the folder it was issued for.
    const other = await list(`Path=premium&NextToken=${encodeURIComponent(first.NextToken)}`);
    expect(other.json().__type).toBe('ValidationException');
  });

  it('blocks DeleteContainer until the container is empty', async () => {
    const busy = await control(server.endpoint, 'DeleteContainer', { ContainerName: 'lists' });
    expect(busy.json().__type).toBe('ContainerInUseException');
  });
});
