// Every operation against a real local S3 (moto, started here and stopped after), path-style on
// http://127.0.0.1. Every request the client sends passes through verifyingTransport: its
// signature and its body hash or aws-chunked encoding are checked independently on the way.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultTransport, type Transport } from '@skiff/core';
import { startMoto, type Peer } from '@skiff/testkit';
import * as s3 from '../src/index.js';
import { verifyingTransport, type Verified } from './verifyingTransport.js';

const MiB = 1024 * 1024;
const creds = { accessKeyId: 'AKIAMOTO', secretAccessKey: 'moto-secret-key' };
const BUCKET = 'skiff-it';
let moto: Peer;
let inner: ReturnType<typeof createDefaultTransport>;
let client: s3.S3Client;
let verified: Verified;

function newClient(transport: Transport, extra: Partial<s3.S3ClientConfig> = {}) {
  return new s3.S3Client({ region: 'us-east-1', endpoint: moto.endpoint, forcePathStyle: true, credentials: creds, transport, ...extra });
}

beforeAll(async () => {
  moto = await startMoto();
  inner = createDefaultTransport();
  const v = verifyingTransport(inner, creds.secretAccessKey);
  verified = v.verified;
  client = newClient(v.transport);
  await client.send(new s3.CreateBucketCommand({ Bucket: BUCKET }));
});

afterAll(async () => {
  client?.destroy();
  await inner?.destroy();
  await moto?.stop();
});

const data = (n: number, seed = 1) => {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 131 + seed + (i >> 11)) & 255;
  return b;
};
const md5hex = (b: Uint8Array) => createHash('md5').update(b).digest('hex');
/** The multipart uploads moto still holds for a bucket (a raw ListMultipartUploads). */
async function openUploads(bucket = BUCKET): Promise<string[]> {
  const xml = await (await fetch(`${moto.endpoint}/${bucket}?uploads`)).text();
  return [...xml.matchAll(/<UploadId>([^<]+)<\/UploadId>/g)].map((m) => m[1]!);
}
async function readBack(Key: string): Promise<Uint8Array> {
  const out = await client.send(new s3.GetObjectCommand({ Bucket: BUCKET, Key }));
  return out.Body!.transformToByteArray();
}

describe('buckets', () => {
  it('CreateBucket, HeadBucket, ListBuckets, DeleteBucket, and the bucket waiters', async () => {
    await client.send(new s3.CreateBucketCommand({ Bucket: 'skiff-tmp' }));
    await s3.waitUntilBucketExists({ client, maxWaitTime: 10, minDelay: 0.1 }, { Bucket: 'skiff-tmp' });
    expect((await client.send(new s3.HeadBucketCommand({ Bucket: 'skiff-tmp' }))).$metadata.httpStatusCode).toBe(200);
    const list = await client.send(new s3.ListBucketsCommand({}));
    expect(list.Buckets!.map((b) => b.Name)).toEqual(expect.arrayContaining([BUCKET, 'skiff-tmp']));
    expect(list.Buckets![0]!.CreationDate).toBeInstanceOf(Date);
    const again = await client.send(new s3.CreateBucketCommand({ Bucket: 'skiff-tmp' })).catch((e) => e);
    // moto (like us-east-1 S3) answers a repeated create by its owner with success or BucketAlreadyOwnedByYou.
    if (again instanceof Error) expect(again).toBeInstanceOf(s3.BucketAlreadyOwnedByYou);
    await client.send(new s3.DeleteBucketCommand({ Bucket: 'skiff-tmp' }));
    await s3.waitUntilBucketNotExists({ client, maxWaitTime: 10, minDelay: 0.1 }, { Bucket: 'skiff-tmp' });
    const head = await client.send(new s3.HeadBucketCommand({ Bucket: 'skiff-tmp' })).catch((e) => e);
    expect(head).toBeInstanceOf(s3.NotFound);
    expect(head.$metadata.httpStatusCode).toBe(404);
  });

  it('typed errors: NoSuchBucket, BucketNotEmpty', async () => {
    const missing = await client.send(new s3.ListObjectsV2Command({ Bucket: 'skiff-missing' })).catch((e) => e);
    expect(missing).toBeInstanceOf(s3.NoSuchBucket);
    expect(missing.$metadata.httpStatusCode).toBe(404);
    await client.send(new s3.CreateBucketCommand({ Bucket: 'skiff-full' }));
    await client.send(new s3.PutObjectCommand({ Bucket: 'skiff-full', Key: 'x', Body: 'x' }));
    const full = await client.send(new s3.DeleteBucketCommand({ Bucket: 'skiff-full' })).catch((e) => e);
    expect(full).toBeInstanceOf(s3.BucketNotEmpty);
    expect(full.$metadata.httpStatusCode).toBe(409);
  });

  it('bucket policy: put (moto answers 200 "True"), get, delete, then NoSuchBucketPolicy', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${BUCKET}/*`] }] });
    const put = await client.send(new s3.PutBucketPolicyCommand({ Bucket: BUCKET, Policy: policy }));
    expect(put.$metadata.httpStatusCode).toBeLessThan(300);
    expect(JSON.parse((await client.send(new s3.GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy!)).toEqual(JSON.parse(policy));
    await client.send(new s3.DeleteBucketPolicyCommand({ Bucket: BUCKET }));
    await expect(client.send(new s3.GetBucketPolicyCommand({ Bucket: BUCKET }))).rejects.toBeInstanceOf(s3.NoSuchBucketPolicy);
  });
});

describe('objects', () => {
  it('PutObject, HeadObject, GetObject (whole, ranged, conditional), CopyObject, DeleteObject', async () => {
    const key = 'docs/hello wörld+1.txt';
    const put = await client.send(new s3.PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'Hello, S4!', ContentType: 'text/plain', Metadata: { owner: 'skiff' } }));
    expect(put.ETag).toBe(`"${md5hex(new TextEncoder().encode('Hello, S4!'))}"`);
    await s3.waitUntilObjectExists({ client, maxWaitTime: 10, minDelay: 0.1 }, { Bucket: BUCKET, Key: key });
    const head = await client.send(new s3.HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head).toMatchObject({ ContentLength: 10, ETag: put.ETag, Metadata: { owner: 'skiff' } });
    expect(head.LastModified).toBeInstanceOf(Date);

    const whole = await client.send(new s3.GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(whole.$metadata.httpStatusCode).toBe(200);
    expect(await whole.Body!.transformToString()).toBe('Hello, S4!');
    const ranged = await client.send(new s3.GetObjectCommand({ Bucket: BUCKET, Key: key, Range: 'bytes=7-9', ResponseCacheControl: 'no-cache' }));
    expect(ranged.$metadata.httpStatusCode).toBe(206);
    expect(ranged.ContentRange).toBe('bytes 7-9/10');
    expect(await ranged.Body!.transformToString()).toBe('S4!');
    await expect(client.send(new s3.GetObjectCommand({ Bucket: BUCKET, Key: key, IfMatch: '"nope"' }))).rejects.toBeInstanceOf(s3.PreconditionFailed);
    await expect(client.send(new s3.GetObjectCommand({ Bucket: BUCKET, Key: key, IfNoneMatch: put.ETag }))).rejects.toBeInstanceOf(s3.NotModified);
    await expect(client.send(new s3.HeadObjectCommand({ Bucket: BUCKET, Key: key, IfMatch: '"nope"' }))).rejects.toBeInstanceOf(s3.PreconditionFailed);

    const copy = await client.send(new s3.CopyObjectCommand({ Bucket: BUCKET, Key: 'docs/copy.txt', CopySource: s3.copySource(BUCKET, key), StorageClass: 'STANDARD' }));
    expect(copy.CopyObjectResult!.ETag).toBe(put.ETag);
    expect(copy.CopyObjectResult!.LastModified).toBeInstanceOf(Date);
    expect(new TextDecoder().decode(await readBack('docs/copy.txt'))).toBe('Hello, S4!');

    await client.send(new s3.DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    await s3.waitUntilObjectNotExists({ client, maxWaitTime: 10, minDelay: 0.1 }, { Bucket: BUCKET, Key: key });
    await expect(client.send(new s3.HeadObjectCommand({ Bucket: BUCKET, Key: key }))).rejects.toBeInstanceOf(s3.NotFound);
    const gone = await client.send(new s3.GetObjectCommand({ Bucket: BUCKET, Key: key })).catch((e) => e);
    expect(gone).toBeInstanceOf(s3.NoSuchKey);
    expect(gone.message).toMatch(/does not exist/);
    // Deleting a missing key is still a success.
    expect((await client.send(new s3.DeleteObjectCommand({ Bucket: BUCKET, Key: key }))).$metadata.httpStatusCode).toBe(204);
  });

  it('a chunked PutObject (signed aws-chunked stream) round-trips byte-exact, each chunk verified on the way', async () => {
    const body = data(3 * MiB + 12345, 9);
    const before = verified.chunked.length;
    const put = await client.send(new s3.PutObjectCommand({ Bucket: BUCKET, Key: 'chunked.bin', Body: Readable.from([body.subarray(0, 1_000_000), body.subarray(1_000_000)]), ContentLength: body.length }));
    const seen = verified.chunked.slice(before);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.decodedLength).toBe(body.length);
    expect(seen[0]!.chunkSignatures).toHaveLength(Math.ceil(body.length / 65536) + 1);
    expect(put.ETag).toBe(`"${md5hex(body)}"`);
    expect(Buffer.from(await readBack('chunked.bin')).equals(Buffer.from(body))).toBe(true);
  });

  it('ListObjects and ListObjectsV2 with prefix, delimiter, max-keys, start-after, fetch-owner, and their paginators', async () => {
    const keys = ['list/a/1', 'list/a/2', 'list/b', 'list/c', 'list/d', 'list/e'];
    for (const Key of keys) await client.send(new s3.PutObjectCommand({ Bucket: BUCKET, Key, Body: Key }));
    const v1 = await client.send(new s3.ListObjectsCommand({ Bucket: BUCKET, Prefix: 'list/', Delimiter: '/' }));
    expect(v1.Contents!.map((o) => o.Key)).toEqual(['list/b', 'list/c', 'list/d', 'list/e']);
    expect(v1.CommonPrefixes).toEqual([{ Prefix: 'list/a/' }]);
    const v2 = await client.send(new s3.ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/', StartAfter: 'list/c', FetchOwner: true, MaxKeys: 1 }));
    expect(v2).toMatchObject({ IsTruncated: true, KeyCount: 1, MaxKeys: 1 });
    expect(v2.Contents).toEqual([expect.objectContaining({ Key: 'list/d', Size: 6, ETag: `"${md5hex(new TextEncoder().encode('list/d'))}"`, Owner: expect.any(Object) })]);

    const pagesV1 = [];
    for await (const page of s3.paginateListObjects({ client, pageSize: 2 }, { Bucket: BUCKET, Prefix: 'list/' })) pagesV1.push(page);
    expect(pagesV1.flatMap((p) => p.Contents!.map((o) => o.Key))).toEqual(keys);
    expect(pagesV1).toHaveLength(3);
    const cut = [];
    for await (const page of s3.paginateListObjectsV2({ client, pageSize: 4, maxItems: 3 }, { Bucket: BUCKET, Prefix: 'list/' })) cut.push(page);
    expect(cut.flatMap((p) => p.Contents!.map((o) => o.Key))).toEqual(keys.slice(0, 3));
    const rest = [];
    for await (const page of s3.paginateListObjectsV2({ client, pageSize: 4, startingToken: cut.at(-1)!.resumeToken }, { Bucket: BUCKET, Prefix: 'list/' })) rest.push(page);
    expect(rest.flatMap((p) => p.Contents!.map((o) => o.Key))).toEqual(keys.slice(3));
  });

  it('presigned GET and PUT URLs work with plain fetch', async () => {
    const putUrl = await s3.getSignedUrl(client, new s3.PutObjectCommand({ Bucket: BUCKET, Key: 'presigned/new file.txt' }), { expiresIn: 300 });
    expect(new URL(putUrl).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect((await fetch(putUrl, { method: 'PUT', body: 'via a presigned PUT' })).status).toBe(200);
    const getUrl = await s3.getSignedUrl(client, new s3.GetObjectCommand({ Bucket: BUCKET, Key: 'presigned/new file.txt' }), { expiresIn: 300 });
    const res = await fetch(getUrl);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('via a presigned PUT');
    const headUrl = await s3.getSignedUrl(client, new s3.HeadObjectCommand({ Bucket: BUCKET, Key: 'presigned/new file.txt' }));
    expect((await fetch(headUrl, { method: 'HEAD' })).headers.get('content-length')).toBe('19');
    const delUrl = await s3.getSignedUrl(client, new s3.DeleteObjectCommand({ Bucket: BUCKET, Key: 'presigned/new file.txt' }), { expiresIn: 60 });
    expect((await fetch(delUrl, { method: 'DELETE' })).status).toBe(204);
    await expect(client.send(new s3.HeadObjectCommand({ Bucket: BUCKET, Key: 'presigned/new file.txt' }))).rejects.toBeInstanceOf(s3.NotFound);
  });

  it('an S3Presigner (no send path) makes URLs that work the same', async () => {
    const presigner = new s3.S3Presigner({ region: 'us-east-1', endpoint: moto.endpoint, forcePathStyle: true, credentials: creds });
    const key = 'presigned/by the presigner.txt';
    const putUrl = await s3.getSignedUrl(presigner, new s3.PutObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 120 });
    expect((await fetch(putUrl, { method: 'PUT', body: 'from an S3Presigner URL' })).status).toBe(200);
    const ranged = await fetch(await s3.getSignedUrl(presigner, new s3.GetObjectCommand({ Bucket: BUCKET, Key: key, Range: 'bytes=5-6' })), { headers: { Range: 'bytes=5-6' } });
    expect(ranged.status).toBe(206);
    expect(await ranged.text()).toBe('an');
    await client.send(new s3.DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
  });
});

describe('multipart', () => {
  it('CreateMultipartUpload, UploadPart (bytes and a chunked stream), CompleteMultipartUpload; AbortMultipartUpload; EntityTooSmall, InvalidPart and NoSuchUpload typed', async () => {
    const key = 'mp/object.bin';
    const one = data(5 * MiB, 3);
    const two = data(1234, 4);
    const { UploadId } = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key, ContentType: 'application/octet-stream' }));
    const p1 = await client.send(new s3.UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId: UploadId!, PartNumber: 1, Body: one }));
    const p2 = await client.send(new s3.UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId: UploadId!, PartNumber: 2, Body: Readable.from([two]), ContentLength: two.length }));
    expect(p1.ETag).toBe(`"${md5hex(one)}"`);
    expect(p2.ETag).toBe(`"${md5hex(two)}"`);
    const done = await client.send(new s3.CompleteMultipartUploadCommand({ Bucket: BUCKET, Key: key, UploadId: UploadId!, MultipartUpload: { Parts: [{ ETag: p1.ETag!, PartNumber: 1 }, { ETag: p2.ETag!, PartNumber: 2 }] } }));
    expect(done).toMatchObject({ Bucket: BUCKET, Key: key });
    expect(done.ETag).toMatch(/-2"$/);
    const back = await readBack(key);
    expect(back.length).toBe(one.length + two.length);
    expect(Buffer.from(back.subarray(one.length)).equals(Buffer.from(two))).toBe(true);

    const small = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/small' }));
    const s1 = await client.send(new s3.UploadPartCommand({ Bucket: BUCKET, Key: 'mp/small', UploadId: small.UploadId!, PartNumber: 1, Body: 'too small' }));
    const s2 = await client.send(new s3.UploadPartCommand({ Bucket: BUCKET, Key: 'mp/small', UploadId: small.UploadId!, PartNumber: 2, Body: 'last' }));
    const tooSmall = await client.send(new s3.CompleteMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/small', UploadId: small.UploadId!, MultipartUpload: { Parts: [{ ETag: s1.ETag!, PartNumber: 1 }, { ETag: s2.ETag!, PartNumber: 2 }] } })).catch((e) => e);
    expect(tooSmall).toBeInstanceOf(s3.EntityTooSmall);
    expect(await openUploads()).toContain(small.UploadId);
    await client.send(new s3.AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/small', UploadId: small.UploadId! }));
    expect(await openUploads()).not.toContain(small.UploadId);
    // (moto answers UploadPart to an unknown upload with a bare 500; a second abort is the typed case.)
    await expect(client.send(new s3.AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/small', UploadId: small.UploadId! }))).rejects.toBeInstanceOf(s3.NoSuchUpload);
    const wrong = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/wrong' }));
    const w2 = await client.send(new s3.UploadPartCommand({ Bucket: BUCKET, Key: 'mp/wrong', UploadId: wrong.UploadId!, PartNumber: 2, Body: 'x' }));
    const invalid = await client.send(new s3.CompleteMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/wrong', UploadId: wrong.UploadId!, MultipartUpload: { Parts: [{ ETag: w2.ETag!, PartNumber: 1 }] } })).catch((e) => e);
    expect(invalid).toBeInstanceOf(s3.InvalidPart);
    await client.send(new s3.AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'mp/wrong', UploadId: wrong.UploadId! }));
  });

  it('beyond the S4 subset: UploadPartCopy, ListParts, DeleteObjects', async () => {
    const src = data(6 * MiB, 11);
    await client.send(new s3.PutObjectCommand({ Bucket: BUCKET, Key: 'extra/source.bin', Body: src }));
    const { UploadId } = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'extra/copied.bin' }));
    const c1 = await client.send(new s3.UploadPartCopyCommand({ Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId!, PartNumber: 1, CopySource: s3.copySource(BUCKET, 'extra/source.bin'), CopySourceRange: `bytes=0-${5 * MiB - 1}` }));
    const c2 = await client.send(new s3.UploadPartCopyCommand({ Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId!, PartNumber: 2, CopySource: s3.copySource(BUCKET, 'extra/source.bin'), CopySourceRange: `bytes=${5 * MiB}-${src.length - 1}` }));
    expect(c1.CopyPartResult!.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    const listed = await client.send(new s3.ListPartsCommand({ Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId!, MaxParts: 1 }));
    expect(listed).toMatchObject({ IsTruncated: true, MaxParts: 1, NextPartNumberMarker: 1 });
    expect(listed.Parts).toEqual([expect.objectContaining({ PartNumber: 1, Size: 5 * MiB, ETag: c1.CopyPartResult!.ETag })]);
    const rest = await client.send(new s3.ListPartsCommand({ Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId!, PartNumberMarker: 1 }));
    expect(rest.Parts!.map((p) => p.PartNumber)).toEqual([2]);
    // The paginator walks the parts a page at a time by part number, and resumes from a token.
    const pages = [];
    for await (const page of s3.paginateListParts({ client, pageSize: 1 }, { Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId! })) pages.push(page);
    expect(pages.map((p) => p.Parts!.map((x) => x.PartNumber))).toEqual([[1], [2]]);
    const resumed = [];
    for await (const page of s3.paginateListParts({ client, pageSize: 1, startingToken: pages[0]!.resumeToken }, { Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId! })) resumed.push(...page.Parts!);
    expect(resumed.map((x) => x.PartNumber)).toEqual([2]);
    await client.send(new s3.CompleteMultipartUploadCommand({ Bucket: BUCKET, Key: 'extra/copied.bin', UploadId: UploadId!, MultipartUpload: { Parts: [{ ETag: c1.CopyPartResult!.ETag!, PartNumber: 1 }, { ETag: c2.CopyPartResult!.ETag!, PartNumber: 2 }] } }));
    expect(Buffer.from(await readBack('extra/copied.bin')).equals(Buffer.from(src))).toBe(true);

    const deleted = await client.send(new s3.DeleteObjectsCommand({ Bucket: BUCKET, Delete: { Objects: [{ Key: 'extra/source.bin' }, { Key: 'extra/copied.bin' }] } }));
    expect(deleted.Deleted!.map((d) => d.Key).sort()).toEqual(['extra/copied.bin', 'extra/source.bin']);
    const left = await client.send(new s3.ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'extra/' }));
    expect(left.KeyCount).toBe(0);
  });

  it('Upload: 64 MiB from a stream of unknown length, with progress events', async () => {
    const body = data(64 * MiB, 5);
    const events: s3.Progress[] = [];
    const source = Readable.from((function* () {
      for (let o = 0; o < body.length; o += 256 * 1024) yield body.subarray(o, o + 256 * 1024);
    })());
    const out = await new s3.Upload({ client, params: { Bucket: BUCKET, Key: 'upload/64MiB.bin', Body: source }, partSize: 8 * MiB, queueSize: 4 }).on('httpUploadProgress', (p) => events.push(p)).done();
    expect(out.ETag).toMatch(/-8"$/);
    expect(events).toHaveLength(8);
    expect(events.map((e) => e.loaded)).toEqual(Array.from({ length: 8 }, (_, i) => (i + 1) * 8 * MiB));
    expect(events.every((e) => e.Key === 'upload/64MiB.bin' && e.Bucket === BUCKET)).toBe(true);
    const head = await client.send(new s3.HeadObjectCommand({ Bucket: BUCKET, Key: 'upload/64MiB.bin' }));
    expect(head.ContentLength).toBe(body.length);
    expect(Buffer.from(await readBack('upload/64MiB.bin')).equals(Buffer.from(body))).toBe(true);
  }, 180_000);

  it('Upload that fails midway (the stream errors after two parts) leaves no multipart upload behind', async () => {
    await client.send(new s3.CreateBucketCommand({ Bucket: 'skiff-fail-stream' }));
    const body = data(20 * MiB, 6);
    const source = Readable.from((async function* () {
      for (let o = 0; o < body.length; o += MiB) {
        if (o >= 11 * MiB) throw new Error('disk read failed');
        yield body.subarray(o, o + MiB);
      }
    })());
    const upload = new s3.Upload({ client, params: { Bucket: 'skiff-fail-stream', Key: 'broken.bin', Body: source } });
    await expect(upload.done()).rejects.toThrow('disk read failed');
    expect(upload.uploadId).toBeTypeOf('string');
    expect(await openUploads('skiff-fail-stream')).toEqual([]);
    await expect(client.send(new s3.HeadObjectCommand({ Bucket: 'skiff-fail-stream', Key: 'broken.bin' }))).rejects.toBeInstanceOf(s3.NotFound);
  }, 60_000);

  it('Upload that fails midway (the network drops the third part) leaves no multipart upload behind', async () => {
    await client.send(new s3.CreateBucketCommand({ Bucket: 'skiff-fail-net' }));
    let parts = 0;
    const dropping: Transport = async (req, opts) => {
      if (req.url.includes('partNumber=') && ++parts === 3) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return inner(req, opts);
    };
    const flaky = newClient(verifyingTransport(dropping, creds.secretAccessKey).transport, { maxAttempts: 1 });
    const upload = new s3.Upload({ client: flaky, params: { Bucket: 'skiff-fail-net', Key: 'dropped.bin', Body: data(26 * MiB, 8) }, queueSize: 2 });
    const err = await upload.done().catch((e) => e);
    expect(err).toBeInstanceOf(s3.NetworkError);
    expect(await openUploads('skiff-fail-net')).toEqual([]);
  }, 60_000);

  it('every request in this suite was signed correctly, and every chunked body verified', () => {
    expect(verified.requests).toBeGreaterThan(50);
    expect(verified.signatures).toBe(verified.requests);
    expect(verified.chunked.length).toBeGreaterThanOrEqual(10);
    expect(verified.hashedBodies).toBeGreaterThan(20);
  });
});
