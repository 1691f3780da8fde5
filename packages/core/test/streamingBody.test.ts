// A streaming response Body in Node is what the AWS SDK v3 gives there: a Node Readable with
// transformToByteArray / transformToString / transformToWebStream. Through the client and the
// undici transport against a real local server, so that "frees the socket" is the socket's.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, NetworkError, type NodeStreamingBody as StreamingBody } from '../src/index.js';
import { misbehavingServer } from '@skiff/testkit';
import { creds, FetchCommand, restService } from './testService.js';

const BIG = Buffer.alloc(4 * 1024 * 1024, 7); // more than any socket buffer holds
const bigSha = createHash('sha256').update(BIG).digest('hex');
let server: Awaited<ReturnType<typeof misbehavingServer>>;
let client: Client;

beforeAll(async () => {
  server = await misbehavingServer((req, res) => {
    if (req.url === '/hello') return void res.end('hello, body');
    if (req.url === '/big') return void res.end(BIG);
    // Promises 100 bytes, sends 10, then drops the connection.
    if (req.url === '/cut') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('0123456789', () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
});
afterAll(() => server.close());
afterEach(() => client?.destroy());

async function get(path: string): Promise<StreamingBody> {
  client = new Client(restService, { region: 'us-east-1', credentials: creds, endpoint: server.url });
  const out = (await client.send(new FetchCommand({ Path: path }))) as { Body?: StreamingBody };
  return out.Body!;
}

/** Waits until the server has seen every connection close. */
async function socketsClosed() {
  for (const deadline = Date.now() + 5_000; server.openSockets() > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
  return server.openSockets();
}

describe('a streaming Body in Node', () => {
  it('is a Node Readable of Buffers that pipe() writes to a Writable', async () => {
    const body = await get('big');
    expect(body).toBeInstanceOf(Readable);
    const hash = createHash('sha256');
    let chunks = 0;
    const sink = new Writable({
      write(chunk, _enc, done) {
        expect(Buffer.isBuffer(chunk)).toBe(true);
        chunks++;
        hash.update(chunk);
        done();
      },
    });
    body.pipe(sink);
    await once(sink, 'finish');
    expect(chunks).toBeGreaterThan(1);
    expect(hash.digest('hex')).toBe(bigSha);
  });

  it('goes through stream.pipeline', async () => {
    const body = await get('hello');
    const parts: Buffer[] = [];
    await pipeline(body, new PassThrough(), new Writable({ write: (c, _e, done) => (parts.push(c), done()) }));
    expect(Buffer.concat(parts).toString()).toBe('hello, body');
  });

  it("emits 'data' and 'end' events", async () => {
    const body = await get('hello');
    const parts: Buffer[] = [];
    body.on('data', (c: Buffer) => parts.push(c));
    await once(body, 'end');
    expect(Buffer.concat(parts).toString()).toBe('hello, body');
  });

  it('is async-iterable', async () => {
    const body = await get('big');
    let total = 0;
    for await (const c of body) total += (c as Buffer).byteLength;
    expect(total).toBe(BIG.byteLength);
  });

  it('has transformToString, transformToByteArray and transformToWebStream, and is read once', async () => {
    expect(await (await get('hello')).transformToString()).toBe('hello, body');
    const bytes = await (await get('big')).transformToByteArray();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(bigSha);

    const body = await get('hello');
    const web = body.transformToWebStream();
    expect(web).toBeInstanceOf(ReadableStream);
    expect(await new Response(web).text()).toBe('hello, body');
    await expect(body.transformToString()).rejects.toThrow(/already read/);
    expect(() => body.transformToWebStream()).toThrow(/already read/);
  });

  it("a body cut short fails its reader: an 'error' event with a NetworkError, a rejected transform, a failed pipeline", async () => {
    const evented = await get('cut');
    evented.resume();
    const [err] = await once(evented, 'error');
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toMatch(/cut short/);

    await expect((await get('cut')).transformToByteArray()).rejects.toBeInstanceOf(NetworkError);
    await expect(pipeline(await get('cut'), new Writable({ write: (_c, _e, done) => done() }))).rejects.toBeInstanceOf(NetworkError);
  });

  it('destroy() stops reading and frees the socket; so does cancelling the web stream', async () => {
    const body = await get('big');
    for await (const _ of body) break; // leaving the loop destroys the stream
    expect(body.destroyed).toBe(true);
    expect(await socketsClosed()).toBe(0);

    const other = await get('big');
    other.destroy();
    await once(other, 'close');
    expect(await socketsClosed()).toBe(0);

    const web = (await get('big')).transformToWebStream();
    const reader = web.getReader();
    await reader.read();
    await reader.cancel();
    expect(await socketsClosed()).toBe(0);
  });
});
