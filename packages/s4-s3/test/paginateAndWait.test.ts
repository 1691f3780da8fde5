// Paginators (markers, continuation tokens, maxItems and resuming) and waiters over canned pages.
import { describe, expect, it } from 'vitest';
import { captureTransport, type Captured } from '@skiff/testkit';
import * as s3 from '../src/index.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const enc = (s: string) => new TextEncoder().encode(s);
const contents = (keys: string[]) => keys.map((k) => `<Contents><Key>${k}</Key><Size>1</Size><ETag>"e"</ETag></Contents>`).join('');

function server(pages: (req: Captured) => string) {
  const cap = captureTransport((req) => ({ status: 200, headers: {}, body: enc(pages(req)) }));
  return { cap, client: new s3.S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport }) };
}

// A bucket of keys k01..k07, answered like S3: ListObjects sends NextMarker only with a
// delimiter, so a truncated page without one is continued from its last key.
const KEYS = ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07'];
function v1(req: Captured): string {
  const q = new URL(req.url).searchParams;
  const marker = q.get('marker') ?? '';
  const max = Number(q.get('max-keys') ?? 1000);
  const rest = KEYS.filter((k) => k > marker);
  const page = rest.slice(0, max);
  const truncated = rest.length > page.length;
  // The first page carries a NextMarker, later ones do not.
  const next = truncated && marker === '' ? `<NextMarker>${page.at(-1)}</NextMarker>` : '';
  return `<ListBucketResult><Name>bkt</Name><IsTruncated>${truncated}</IsTruncated>${next}${contents(page)}</ListBucketResult>`;
}
function v2(req: Captured): string {
  const q = new URL(req.url).searchParams;
  const start = Number(q.get('continuation-token') ?? 0);
  const max = Number(q.get('max-keys') ?? 1000);
  const page = KEYS.slice(start, start + max);
  const truncated = start + max < KEYS.length;
  return `<ListBucketResult><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${start + max}</NextContinuationToken>` : ''}<KeyCount>${page.length}</KeyCount>${contents(page)}</ListBucketResult>`;
}
const keysOf = (pages: Array<{ Contents?: s3.S3Object[] }>) => pages.flatMap((p) => p.Contents?.map((o) => o.Key) ?? []);

describe('paginateListObjects', () => {
  it('follows NextMarker, then the last key of a truncated page', async () => {
    const { cap, client } = server(v1);
    const pages = [];
    for await (const page of s3.paginateListObjects({ client, pageSize: 3 }, { Bucket: 'bkt', Prefix: 'k' })) pages.push(page);
    expect(keysOf(pages)).toEqual(KEYS);
    expect(cap.requests.map((r) => new URL(r.url).search)).toEqual(['?max-keys=3&prefix=k', '?marker=k03&max-keys=3&prefix=k', '?marker=k06&max-keys=3&prefix=k']);
  });

  it('stops at maxItems and resumes right after the last item yielded', async () => {
    const { client } = server(v1);
    const first = [];
    for await (const page of s3.paginateListObjects({ client, pageSize: 3, maxItems: 4 }, { Bucket: 'bkt' })) first.push(page);
    expect(keysOf(first)).toEqual(['k01', 'k02', 'k03', 'k04']);
    const token = first.at(-1)!.resumeToken!;
    expect(token).toBeTypeOf('string');
    const rest = [];
    for await (const page of s3.paginateListObjects({ client, pageSize: 3, startingToken: token }, { Bucket: 'bkt' })) rest.push(page);
    expect(keysOf(rest)).toEqual(['k05', 'k06', 'k07']);
  });

  it('a service that repeats its marker ends with PaginationError, not an endless loop', async () => {
    const { client } = server(() => `<ListBucketResult><IsTruncated>true</IsTruncated>${contents(['same'])}</ListBucketResult>`);
    const run = async () => {
      for await (const _ of s3.paginateListObjects({ client }, { Bucket: 'bkt' })) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(s3.PaginationError);
  });
});

describe('paginateListObjectsV2', () => {
  it('follows NextContinuationToken to the end, with maxItems and resume', async () => {
    const { cap, client } = server(v2);
    const all = [];
    for await (const page of s3.paginateListObjectsV2({ client, pageSize: 2 }, { Bucket: 'bkt' })) all.push(page);
    expect(keysOf(all)).toEqual(KEYS);
    expect(cap.requests.map((r) => new URL(r.url).searchParams.get('continuation-token'))).toEqual([null, '2', '4', '6']);
    expect(all.at(-1)!.resumeToken).toBeUndefined();

    const cut = [];
    for await (const page of s3.paginateListObjectsV2({ client, pageSize: 2, maxItems: 3 }, { Bucket: 'bkt' })) cut.push(page);
    expect(keysOf(cut)).toEqual(['k01', 'k02', 'k03']);
    const rest = [];
    for await (const page of s3.paginateListObjectsV2({ client, pageSize: 2, startingToken: cut.at(-1)!.resumeToken }, { Bucket: 'bkt' })) rest.push(page);
    expect(keysOf(rest)).toEqual(['k04', 'k05', 'k06', 'k07']);
  });
});

describe('waiters', () => {
  const statuses = (list: number[]) => {
    const cap = captureTransport((_r, n) => ({ status: list[Math.min(n, list.length) - 1]!, headers: {}, body: new Uint8Array() }));
    return { cap, client: new s3.S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport, maxAttempts: 1 }) };
  };
  const fast = { minDelay: 0.01, maxDelay: 0.02, maxWaitTime: 5 };

  it('waitUntilBucketExists polls HeadBucket through 404 (NotFound) until 200', async () => {
    const { cap, client } = statuses([404, 404, 200]);
    const r = await s3.waitUntilBucketExists({ client, ...fast }, { Bucket: 'bkt' });
    expect(r.state).toBe('SUCCESS');
    expect(cap.requests).toHaveLength(3);
    expect(cap.requests.every((q) => q.method === 'HEAD' && q.url === 'https://bkt.s3.eu-central-1.s4.mega.io/')).toBe(true);
  });

  it('waitUntilBucketNotExists and waitUntilObjectNotExists succeed on 404', async () => {
    const b = statuses([200, 404]);
    expect((await s3.waitUntilBucketNotExists({ client: b.client, ...fast }, { Bucket: 'bkt' })).state).toBe('SUCCESS');
    expect(b.cap.requests).toHaveLength(2);
    const o = statuses([200, 200, 404]);
    expect((await s3.waitUntilObjectNotExists({ client: o.client, ...fast }, { Bucket: 'bkt', Key: 'a/b' })).state).toBe('SUCCESS');
    expect(o.cap.requests.map((q) => q.url)).toEqual(Array(3).fill('https://bkt.s3.eu-central-1.s4.mega.io/a/b'));
  });

  it('waitUntilObjectExists stops on an error it does not expect (403) and gives up after maxWaitTime', async () => {
    const denied = statuses([404, 403]);
    await expect(s3.waitUntilObjectExists({ client: denied.client, ...fast }, { Bucket: 'bkt', Key: 'k' })).rejects.toBeInstanceOf(s3.Forbidden);
    const never = statuses([404]);
    const err = await s3.waitUntilObjectExists({ client: never.client, minDelay: 0.05, maxDelay: 0.05, maxWaitTime: 0.2 }, { Bucket: 'bkt', Key: 'k' }).catch((e) => e);
    expect(err).toBeInstanceOf(s3.WaiterError);
    expect(err.state).toBe('TIMEOUT');
  });
});
