import { Readable } from 'node:stream';
// GetObject, DescribeObject, ListItems and DeleteObject on the wire with canned responses:
// the request each sends, the typed output each parses (leniently), the typed errors, and the
// client's endpoint and region handling.
import { describe, expect, it } from 'vitest';
import {
  ContainerNotFoundException,
  DeleteObjectCommand,
  DescribeObjectCommand,
  GetObjectCommand,
  ListItemsCommand,
  MediaStoreDataClient,
  ObjectNotFoundException,
  PutObjectCommand,
  RequestedRangeNotSatisfiableException,
  ServiceError,
  SkiffError,
  ThrottlingException,
  getSignedUrl,
  isServiceError,
  paginateListItems,
  PaginationError,
} from '../src/index.js';
import { captured, creds, failure, json, utf8 } from './helpers.js';

const LAST_MODIFIED = 'Fri, 21 Nov 2025 12:00:00 GMT';

describe('GetObject', () => {
  it('sends Range and returns the typed headers and a streaming body', async () => {
    const { cap, client } = captured({
      status: 206,
      headers: {
        'content-type': 'video/mp4',
        'content-length': '4',
        'content-range': 'bytes 2-5/10',
        etag: 'abc123',
        'last-modified': LAST_MODIFIED,
        'cache-control': 'max-age=60',
      },
      body: utf8('2345'),
    });
    const out = await client.send(new GetObjectCommand({ Path: 'premium/a.mp4', Range: 'bytes=2-5' }));
    expect(cap.last!.method).toBe('GET');
    expect(cap.last!.headers.range).toBe('bytes=2-5');
    expect(cap.last!.headers.authorization).toMatch(/SignedHeaders=host;range;x-amz-date,/);
    expect(cap.last!.headers['x-amz-content-sha256']).toBeUndefined();
    expect(out).toMatchObject({ StatusCode: 206, ContentType: 'video/mp4', ContentLength: 4, ContentRange: 'bytes 2-5/10', ETag: 'abc123', CacheControl: 'max-age=60' });
    expect(out.LastModified).toEqual(new Date(LAST_MODIFIED));
    expect(out.Body).toBeInstanceOf(Readable); // what v3 gives in Node
    expect(await out.Body!.transformToString()).toBe('2345');
    await expect(out.Body!.transformToByteArray()).rejects.toThrow(/already read/);
  });

  it('maps 404 and 416 to typed errors', async () => {
    const missing = captured(json({ __type: 'ObjectNotFoundException', Message: 'no object at a.mp4' }, 404, { 'x-amzn-requestid': 'r-1' }));
    const err = await failure(missing.client.send(new GetObjectCommand({ Path: 'a.mp4' })));
    expect(err).toBeInstanceOf(ObjectNotFoundException);
    expect(err).toBeInstanceOf(ServiceError);
    expect(isServiceError(err, 'ObjectNotFoundException')).toBe(true);
    expect(err).toMatchObject({ name: 'ObjectNotFoundException', message: 'no object at a.mp4', $fault: 'client' });
    expect(err.$metadata).toMatchObject({ httpStatusCode: 404, requestId: 'r-1', attempts: 1 });

    const range = captured(json({ __type: 'RequestedRangeNotSatisfiableException', Message: 'bad range' }, 416));
    const rerr = await failure(range.client.send(new GetObjectCommand({ Path: 'a.mp4', Range: 'bytes=100-' })));
    expect(rerr).toBeInstanceOf(RequestedRangeNotSatisfiableException);
    expect(rerr.$metadata.httpStatusCode).toBe(416);
  });
});

describe('DescribeObject', () => {
  it('sends HEAD and returns the headers', async () => {
    const { cap, client } = captured({ status: 200, headers: { 'content-type': 'video/mp4', 'content-length': '10', etag: 'e1', 'last-modified': LAST_MODIFIED } });
    const out = await client.send(new DescribeObjectCommand({ Path: 'a.mp4' }));
    expect(cap.last!.method).toBe('HEAD');
    expect(out).toMatchObject({ ContentType: 'video/mp4', ContentLength: 10, ETag: 'e1', LastModified: new Date(LAST_MODIFIED) });
    expect(out.CacheControl).toBeUndefined();
  });

  it('reads the error code of a body-less HEAD answer from its header', async () => {
    const { client } = captured({ status: 404, headers: { 'x-amzn-errortype': 'ContainerNotFoundException' } });
    const err = await failure(client.send(new DescribeObjectCommand({ Path: 'a.mp4' })));
    expect(err).toBeInstanceOf(ContainerNotFoundException);
  });
});

describe('ListItems', () => {
  it('sends its parameters as the query and parses Items leniently', async () => {
    const { cap, client } = captured(
      json({
        Items: [
          { Name: 'canada', Type: 'FOLDER' },
          { Name: 'mlaw.avi', Type: 'OBJECT', ETag: 'e', LastModified: 1763726400, ContentType: 'video/x-msvideo', ContentLength: 23, Extra: true },
          { Name: 'new', Type: 'SYMLINK' },
        ],
        NextToken: 'tok/2+=',
      }),
    );
    const out = await client.send(new ListItemsCommand({ Path: '/premium/', MaxResults: 3, NextToken: 'tok/1+=' }));
    const url = new URL(cap.last!.url);
    expect(cap.last!.method).toBe('GET');
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('?Path=%2Fpremium%2F&MaxResults=3&NextToken=tok%2F1%2B%3D');
    expect(out.NextToken).toBe('tok/2+=');
    expect(out.Items![1]).toMatchObject({ Name: 'mlaw.avi', Type: 'OBJECT', LastModified: new Date('2025-11-21T12:00:00Z'), ContentLength: 23, Extra: true });
    expect(out.Items![2]!.Type).toBe('SYMLINK');
  });

  it('retries a throttling error and then succeeds', async () => {
    const { cap, client } = captured((_r, n) => (n === 1 ? json({ __type: 'ThrottlingException', Message: 'slow down' }, 400) : json({ Items: [] })), {
      retry: { throttlingBaseDelay: 1 },
    });
    const out = await client.send(new ListItemsCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(cap.requests).toHaveLength(2);
    const { client: c2 } = captured(json({ __type: 'ThrottlingException', Message: 'slow down' }, 400), { maxAttempts: 1 });
    const err = await failure(c2.send(new ListItemsCommand({})));
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err.$retryable).toEqual({ throttling: true });
  });
});

describe('paginateListItems', () => {
  it('sends pageSize as MaxResults and the token back, and stops when the service repeats a token', async () => {
    const { cap, client } = captured((_r, n) => json({ Items: [{ Name: `i${n}`, Type: 'OBJECT' }], NextToken: n === 1 ? 'T1' : 'T2' }));
    const names: string[] = [];
    const err = await failure(
      (async () => {
        for await (const page of paginateListItems({ client, pageSize: 1 }, { Path: 'f' })) names.push(...page.Items!.map((i) => i.Name!));
      })(),
    );
    expect(err).toBeInstanceOf(PaginationError);
    expect(names).toEqual(['i1', 'i2', 'i3']);
    expect(cap.requests.map((r) => new URL(r.url).search)).toEqual(['?Path=f&MaxResults=1', '?Path=f&MaxResults=1&NextToken=T1', '?Path=f&MaxResults=1&NextToken=T2']);
  });
});

describe('DeleteObject', () => {
  it('sends DELETE with no body and returns metadata', async () => {
    const { cap, client } = captured({ status: 200, headers: { 'x-amzn-requestid': 'del-1' } });
    const out = await client.send(new DeleteObjectCommand({ Path: 'premium/a.mp4' }));
    expect(cap.last!.method).toBe('DELETE');
    expect(cap.last!.body.byteLength).toBe(0);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'del-1' });
  });
});

describe('MediaStoreDataClient configuration', () => {
  it('needs an endpoint', () => {
    expect(() => new MediaStoreDataClient({ region: 'us-west-2' } as never)).toThrow(SkiffError);
    expect(() => new MediaStoreDataClient({ region: 'us-west-2' } as never)).toThrow(/DescribeContainer's Container\.Endpoint/);
    expect(() => new MediaStoreDataClient({ endpoint: 'http://exa mple' })).toThrow(/not a valid URL/);
  });

  it('keeps the endpoint base path and assumes https without a scheme', async () => {
    const { cap, client } = captured(json({}), { endpoint: 'http://127.0.0.1:4566/_data/movies/' });
    await client.send(new GetObjectCommand({ Path: 'premium/a_b' }));
    await client.send(new ListItemsCommand({ Path: 'premium' }));
    expect(cap.requests.map((r) => r.url)).toEqual(['http://127.0.0.1:4566/_data/movies/premium/a_b', 'http://127.0.0.1:4566/_data/movies/?Path=premium']);
    const bare = captured(json({}), { endpoint: 'aaabbbcccdddee.data.mediastore.us-west-2.amazonaws.com' });
    await bare.client.send(new DeleteObjectCommand({ Path: 'x' }));
    expect(bare.cap.last!.url).toBe('https://aaabbbcccdddee.data.mediastore.us-west-2.amazonaws.com/x');
  });

  it('takes the signing region from an AWS data endpoint when none is configured', async () => {
    const { cap } = captured(json({}));
    const client = new MediaStoreDataClient({ endpoint: 'https://abc.data.mediastore.eu-west-1.amazonaws.com', credentials: creds, transport: (r, o) => cap.transport(r, o) });
    await client.send(new DeleteObjectCommand({ Path: 'x' }));
    expect(cap.last!.headers.authorization).toMatch(/Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/mediastore\/aws4_request/);
    const explicit = captured(json({}), { endpoint: 'https://abc.data.mediastore.eu-west-1.amazonaws.com', region: 'us-east-2' });
    await explicit.client.send(new DeleteObjectCommand({ Path: 'x' }));
    expect(explicit.cap.last!.headers.authorization).toMatch(/\/us-east-2\/mediastore\//);
  });

  it('sends a path with a leading slash as the path it signs', async () => {
    const { cap, client } = captured(json({}));
    await client.send(new DeleteObjectCommand({ Path: '/premium/a.mp4' }));
    expect(new URL(cap.last!.url).pathname).toBe('/premium/a.mp4');
  });
});

describe('getSignedUrl', () => {
  const clock = () => new Date('2025-11-21T12:00:00Z');
  it('presigns a PutObject without its body; signed headers travel as headers, x-amz-* in the query', async () => {
    const { client } = captured(json({}), { clock });
    const url = new URL(
      await getSignedUrl(client, new PutObjectCommand({ Path: 'up/a.mp4', ContentType: 'video/mp4', StorageClass: 'TEMPORAL' } as never), { expiresIn: 600 }),
    );
    expect(url.pathname).toBe('/up/a.mp4');
    expect(url.searchParams.get('x-amz-storage-class')).toBe('TEMPORAL');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-type;host');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    expect(url.searchParams.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20251121/us-west-2/mediastore/aws4_request');
  });

  it('defaults to 900 seconds and carries a session token', async () => {
    const { client } = captured(json({}), { clock, credentials: { ...creds, sessionToken: 'TOKEN/+=' } });
    const url = new URL(await getSignedUrl(client, new GetObjectCommand({ Path: 'a.mp4' })));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('TOKEN/+=');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
  });
});
