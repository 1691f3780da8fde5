// Hostile input through the clients: CR/LF and non-ASCII in values that become headers, keys
// and paths that try to leave their bucket or container, absurd sizes and numbers. Each is a
// ParamValidationError naming the member, and the server sees nothing. What a package accepts
// (S3 keys may legally hold `..`, document 004 "Object Key Naming Rules") goes on the wire
// encoded under its bucket or container, as the raw request line shows.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParamValidationError, type Client, type Command, type CommandClass, type LooseInput } from '@skiff/core';
import * as kinesis from '@skiff/kinesis';
import * as mediastore from '@skiff/mediastore';
import * as data from '@skiff/mediastore-data';
import * as s3 from '@skiff/s4-s3';
import * as iam from '@skiff/s4-iam';
// The browser build's transport (fetch), run here on Node's own fetch.
import { createDefaultTransport as createFetchTransport } from '../../packages/core/src/platform/browser.js';
import { faultServer, type FaultServer } from './support/faultServer.js';
import { count, failure, note } from './support/registry.js';
import { DATA_BASE, observed } from './support/services.js';

let server: FaultServer;
let clients: { kinesis: Client; mediastore: Client; data: Client; s3: Client; iam: Client };

beforeAll(async () => {
  // Answers every request with an empty success: only the requests that get here matter.
  server = await faultServer((x) => {
    const isData = x.req.url?.startsWith(DATA_BASE);
    const body = x.req.method === 'PUT' && isData ? JSON.stringify({ ContentSHA256: createHash('sha256').update(x.body).digest('hex') }) : x.req.headers['x-amz-target'] || isData ? '{}' : '';
    x.res.writeHead(x.req.method === 'DELETE' ? 204 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  const cfg = (extra = {}) => observed({ endpoint: server.url, maxAttempts: 1, ...extra });
  clients = {
    kinesis: new kinesis.KinesisClient(cfg()),
    mediastore: new mediastore.MediaStoreClient(cfg()),
    data: new data.MediaStoreDataClient(observed({ endpoint: `${server.url}${DATA_BASE}`, maxAttempts: 1 }) as data.MediaStoreDataClientConfig),
    s3: new s3.S3Client({ ...cfg(), forcePathStyle: true }),
    iam: new iam.IAMClient(cfg()),
  };
});
afterAll(async () => {
  for (const c of Object.values(clients ?? {})) c.destroy();
  await server?.close();
});

type Row = [label: string, client: keyof typeof clients, command: () => Command<unknown, unknown>, member: string];
const cmd = <I,>(C: CommandClass<I, unknown>, input: LooseInput<I>) => () => new C(input) as Command<unknown, unknown>;
const bigBytes = (n: number) => new Uint8Array(n);

const HEADER_ROWS: Row[] = [
  ['S3 PutObject Metadata value with CR/LF (header injection)', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', Metadata: { note: 'a\r\nx-amz-acl: public-read' } }), 'Metadata.note'],
  ['S3 PutObject Metadata value with non-ASCII text', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', Metadata: { note: 'café' } }), 'Metadata.note'],
  ['S3 PutObject Metadata name with CR/LF', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', Metadata: { 'a\r\nx-amz-acl': 'v' } }), 'Metadata'],
  ['S3 PutObject Metadata name with a space', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', Metadata: { 'bad name': 'v' } }), 'Metadata'],
  ['S3 PutObject ContentType with CR/LF', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', ContentType: 'text/plain\r\nX-Evil: 1' }), 'ContentType'],
  ['S3 PutObject ContentType with a bare LF', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', ContentType: 'text/plain\nX-Evil: 1' }), 'ContentType'],
  ['S3 PutObject CacheControl with CR/LF', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', CacheControl: 'no-cache\r\nSet-Cookie: a=b' }), 'CacheControl'],
  ['S3 PutObject ContentDisposition with non-ASCII text', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', ContentDisposition: 'attachment; filename="résumé.pdf"' }), 'ContentDisposition'],
  ['S3 PutObject ContentEncoding with a NUL', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', ContentEncoding: 'gzip\u0000' }), 'ContentEncoding'],
  ['S3 PutObject ContentLanguage with non-ASCII text', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', ContentLanguage: 'fr-ü' }), 'ContentLanguage'],
  ['S3 PutObject ContentMD5 with CR/LF', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'x', ContentMD5: 'AAAAAAAAAAAAAAAAAAAAAA==\r\n' }), 'ContentMD5'],
  ['S3 GetObject Range with CR/LF', 's3', cmd(s3.GetObjectCommand, { Bucket: 'bkt', Key: 'k', Range: 'bytes=0-1\r\nX-Evil: 1' }), 'Range'],
  ['S3 GetObject IfMatch with a LF', 's3', cmd(s3.GetObjectCommand, { Bucket: 'bkt', Key: 'k', IfMatch: '"e"\nX: y' }), 'IfMatch'],
  ['S3 GetObject IfNoneMatch with non-ASCII text', 's3', cmd(s3.GetObjectCommand, { Bucket: 'bkt', Key: 'k', IfNoneMatch: '"é"' }), 'IfNoneMatch'],
  ['S3 HeadObject Range with CR/LF', 's3', cmd(s3.HeadObjectCommand, { Bucket: 'bkt', Key: 'k', Range: 'bytes=0-1\r\n' }), 'Range'],
  ['S3 CreateMultipartUpload ContentType with CR/LF', 's3', cmd(s3.CreateMultipartUploadCommand, { Bucket: 'bkt', Key: 'k', ContentType: 'a\r\nb: c' }), 'ContentType'],
  ['S3 CreateMultipartUpload Metadata value with CR/LF', 's3', cmd(s3.CreateMultipartUploadCommand, { Bucket: 'bkt', Key: 'k', Metadata: { m: '1\r\n2' } }), 'Metadata.m'],
  ['S3 CopyObject CopySource with CR/LF', 's3', cmd(s3.CopyObjectCommand, { Bucket: 'bkt', Key: 'k', CopySource: 'src/a\r\nx-amz-acl: public-read' }), 'CopySource'],
  ['S3 CopyObject CopySource with non-ASCII text', 's3', cmd(s3.CopyObjectCommand, { Bucket: 'bkt', Key: 'k', CopySource: 'src/café.jpg' }), 'CopySource'],
  ['MediaStore Data PutObject ContentType with CR/LF', 'data', cmd(data.PutObjectCommand, { Path: 'a.mp4', Body: 'x', ContentType: 'video/mp4\r\nX-Evil: 1' }), 'ContentType'],
  ['MediaStore Data PutObject CacheControl with CR/LF', 'data', cmd(data.PutObjectCommand, { Path: 'a.mp4', Body: 'x', CacheControl: 'max-age=1\r\nX-Evil: 1' }), 'CacheControl'],
  ['MediaStore Data PutObject CacheControl with non-ASCII text', 'data', cmd(data.PutObjectCommand, { Path: 'a.mp4', Body: 'x', CacheControl: 'max-âge=1' }), 'CacheControl'],
  ['MediaStore Data GetObject Range with CR/LF', 'data', cmd(data.GetObjectCommand, { Path: 'a.mp4', Range: 'bytes=0-1\r\nX: y' }), 'Range'],
];

const S3_REJECTED_KEYS = ['..', '../x', '../../other-bucket/secret', 'a/../../b', 'x/..', 'a/./b', 'a//b', '', 'a'.repeat(1025), 'lone\uD800surrogate'];
const S3_REJECTED_BUCKETS = ['..', '.', '../x', 'bkt/../other', 'a/b', 'UPPER', '192.168.5.4', 'xn--bkt', 'a'];
const DATA_REJECTED_PATHS = ['..', '.', '../x', '/../x', 'a/../../b', './x', 'a/./b', 'a/.', 'a/..', '..\\x', 'a\\..\\b', '%2e%2e/x', 'a%2F..%2Fb', 'a//b', 'a b', 'a'.repeat(901), 'é'];
const ESCAPE_ROWS: Row[] = [
  ...S3_REJECTED_KEYS.map((Key): Row => [`S3 Key ${JSON.stringify(Key.length > 40 ? `${Key.slice(0, 12)}…(${Key.length})` : Key)}`, 's3', cmd(s3.GetObjectCommand, { Bucket: 'bkt', Key }), 'Key']),
  ...S3_REJECTED_KEYS.slice(0, 4).map((Key): Row => [`S3 DeleteObject Key ${JSON.stringify(Key)}`, 's3', cmd(s3.DeleteObjectCommand, { Bucket: 'bkt', Key }), 'Key']),
  ...S3_REJECTED_BUCKETS.map((Bucket): Row => [`S3 Bucket ${JSON.stringify(Bucket)}`, 's3', cmd(s3.ListObjectsV2Command, { Bucket }), 'Bucket']),
  ['S3 CopySource whose key climbs out (encoded ../)', 's3', cmd(s3.CopyObjectCommand, { Bucket: 'bkt', Key: 'k', CopySource: 'src/%2E%2E%2Fother%2Fsecret' }), 'CopySource'],
  ['S3 CopySource with a /../ segment', 's3', cmd(s3.CopyObjectCommand, { Bucket: 'bkt', Key: 'k', CopySource: 'src/a/../../b' }), 'CopySource'],
  ['S3 DeleteObjects with a ../ key', 's3', cmd(s3.DeleteObjectsCommand, { Bucket: 'bkt', Delete: { Objects: [{ Key: 'ok' }, { Key: '../x' }] } }), 'Delete.Objects[1].Key'],
  ...DATA_REJECTED_PATHS.map((Path): Row => [`MediaStore Data Path ${JSON.stringify(Path.length > 40 ? `${Path.slice(0, 12)}…(${Path.length})` : Path)}`, 'data', cmd(data.GetObjectCommand, { Path }), 'Path']),
  ['MediaStore Data PutObject Path ../x', 'data', cmd(data.PutObjectCommand, { Path: '../x', Body: 'x' }), 'Path'],
  ['MediaStore Data DeleteObject Path a/../../b', 'data', cmd(data.DeleteObjectCommand, { Path: 'a/../../b' }), 'Path'],
  ['MediaStore Data ListItems Path ../', 'data', cmd(data.ListItemsCommand, { Path: '../' }), 'Path'],
  ['MediaStore Data ListItems Path /a/../', 'data', cmd(data.ListItemsCommand, { Path: '/a/../' }), 'Path'],
  ['Kinesis StreamName ../x', 'kinesis', cmd(kinesis.DescribeStreamCommand, { StreamName: '../x' }), 'StreamName'],
  ['Kinesis StreamName ..\\x', 'kinesis', cmd(kinesis.DescribeStreamCommand, { StreamName: '..\\x' }), 'StreamName'],
  ['MediaStore ContainerName ..', 'mediastore', cmd(mediastore.DescribeContainerCommand, { ContainerName: '..' }), 'ContainerName'],
  ['MediaStore ContainerName a/b', 'mediastore', cmd(mediastore.DeleteContainerCommand, { ContainerName: 'a/b' }), 'ContainerName'],
  ['IAM UserName ../admin', 'iam', cmd(iam.AttachUserPolicyCommand, { UserName: '../admin', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }), 'UserName'],
  ['IAM GroupName a/b', 'iam', cmd(iam.ListAttachedGroupPoliciesCommand, { GroupName: 'a/b' }), 'GroupName'],
];

const NUMBERS = [NaN, Infinity, -Infinity, -1, 1.5];
const SIZE_ROWS: Row[] = [
  ['Kinesis PutRecord Data of 10,485,761 bytes', 'kinesis', cmd(kinesis.PutRecordCommand, { StreamName: 's', PartitionKey: 'p', Data: bigBytes(10_485_761) }), 'Data'],
  ['Kinesis PutRecord Data string of 5,242,881 chars = 10,485,762 UTF-8 bytes', 'kinesis', cmd(kinesis.PutRecordCommand, { StreamName: 's', PartitionKey: 'p', Data: 'é'.repeat(5_242_881) }), 'Data'],
  ['Kinesis PutRecord Data of 50 MiB', 'kinesis', cmd(kinesis.PutRecordCommand, { StreamName: 's', PartitionKey: 'p', Data: bigBytes(50 * 1024 * 1024) }), 'Data'],
  ['Kinesis PutRecord PartitionKey of 129 chars = 258 UTF-8 bytes', 'kinesis', cmd(kinesis.PutRecordCommand, { StreamName: 's', PartitionKey: 'é'.repeat(129), Data: 'x' }), 'PartitionKey'],
  ['Kinesis PutRecord PartitionKey of 257 chars', 'kinesis', cmd(kinesis.PutRecordCommand, { StreamName: 's', PartitionKey: 'a'.repeat(257), Data: 'x' }), 'PartitionKey'],
  ['Kinesis PutRecord ExplicitHashKey 2^128', 'kinesis', cmd(kinesis.PutRecordCommand, { StreamName: 's', PartitionKey: 'p', Data: 'x', ExplicitHashKey: (1n << 128n).toString() }), 'ExplicitHashKey'],
  ['Kinesis StreamName of 129 chars', 'kinesis', cmd(kinesis.DeleteStreamCommand, { StreamName: 's'.repeat(129) }), 'StreamName'],
  ...[0, ...NUMBERS].map((ShardCount): Row => [`Kinesis CreateStream ShardCount ${ShardCount}`, 'kinesis', cmd(kinesis.CreateStreamCommand, { StreamName: 's', ShardCount }), 'ShardCount']),
  ...[0, 10_001, 1e9, ...NUMBERS].map((Limit): Row => [`Kinesis ListStreams Limit ${Limit}`, 'kinesis', cmd(kinesis.ListStreamsCommand, { Limit }), 'Limit']),
  ...[10_001, NaN].map((Limit): Row => [`Kinesis GetRecords Limit ${Limit}`, 'kinesis', cmd(kinesis.GetRecordsCommand, { ShardIterator: 'it', Limit }), 'Limit']),
  ...[0, 101, 1e9, ...NUMBERS].map((MaxResults): Row => [`MediaStore ListContainers MaxResults ${MaxResults}`, 'mediastore', cmd(mediastore.ListContainersCommand, { MaxResults }), 'MaxResults']),
  ['MediaStore ListContainers MaxResults "10" (a string)', 'mediastore', cmd(mediastore.ListContainersCommand, { MaxResults: '10' as unknown as number }), 'MaxResults'],
  ...[0, 1001, ...NUMBERS].map((MaxResults): Row => [`MediaStore Data ListItems MaxResults ${MaxResults}`, 'data', cmd(data.ListItemsCommand, { MaxResults }), 'MaxResults']),
  ['MediaStore Data PutObject Body of 25 MiB + 1 byte', 'data', cmd(data.PutObjectCommand, { Path: 'big.bin', Body: bigBytes(25 * 1024 * 1024 + 1) }), 'Body'],
  ['MediaStore Data PutObject STREAMING Body of 10 MiB + 1 byte', 'data', cmd(data.PutObjectCommand, { Path: 'big.bin', Body: bigBytes(10 * 1024 * 1024 + 1), UploadAvailability: 'STREAMING' }), 'Body'],
  ...[2 ** 31, ...NUMBERS].map((MaxKeys): Row => [`S3 ListObjectsV2 MaxKeys ${MaxKeys}`, 's3', cmd(s3.ListObjectsV2Command, { Bucket: 'bkt', MaxKeys }), 'MaxKeys']),
  ...[0, 10_001, NaN, Infinity].map((PartNumber): Row => [`S3 UploadPart PartNumber ${PartNumber}`, 's3', cmd(s3.UploadPartCommand, { Bucket: 'bkt', Key: 'k', UploadId: 'u', PartNumber, Body: 'x' }), 'PartNumber']),
  ...[0, 1001, NaN].map((MaxParts): Row => [`S3 ListParts MaxParts ${MaxParts}`, 's3', cmd(s3.ListPartsCommand, { Bucket: 'bkt', Key: 'k', UploadId: 'u', MaxParts }), 'MaxParts']),
  ...[-1, NaN, Infinity].map((ContentLength): Row => [`S3 PutObject ContentLength ${ContentLength}`, 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'abc', ContentLength }), 'ContentLength']),
  ['S3 PutObject ContentLength that disagrees with the body', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: 'abc', ContentLength: 1_000_000 }), 'ContentLength'],
  ['S3 PutObject stream body without ContentLength', 's3', cmd(s3.PutObjectCommand, { Bucket: 'bkt', Key: 'k', Body: (async function* () {})() }), 'ContentLength'],
  ...[0, 1001, ...NUMBERS].map((MaxItems): Row => [`IAM ListPolicies MaxItems ${MaxItems}`, 'iam', cmd(iam.ListPoliciesCommand, { MaxItems }), 'MaxItems']),
  ['IAM ListPolicies Marker "abc" (not a number)', 'iam', cmd(iam.ListPoliciesCommand, { Marker: 'abc' }), 'Marker'],
  ['IAM ListAttachedUserPolicies UserName of 65 chars', 'iam', cmd(iam.ListAttachedUserPoliciesCommand, { UserName: 'u'.repeat(65) }), 'UserName'],
  ['IAM GetPolicy PolicyArn of 2,049 chars', 'iam', cmd(iam.GetPolicyCommand, { PolicyArn: `arn:aws:iam::aws:policy/${'p'.repeat(2049)}` }), 'PolicyArn'],
];

describe.each([
  ['CR/LF and non-ASCII in values sent as headers', HEADER_ROWS],
  ['keys and paths that try to leave their bucket or container', ESCAPE_ROWS],
  ['absurd sizes and numbers', SIZE_ROWS],
] as const)('%s', (_title, rows) => {
  it.each(rows.map((r) => [r[0], r] as const))('%s: ParamValidationError naming the member, nothing sent', async (_l, [, client, command, member]) => {
    const before = server.hits();
    const err = await failure(clients[client].send(command()), _l);
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(err.$fault).toBe('client');
    const paths = (err as ParamValidationError).issues.map((i) => i.path);
    expect(paths.some((p) => p === member || p.startsWith(`${member}.`) || p.startsWith(`${member}[`)), `issues ${JSON.stringify(err.issues)} name ${member}`).toBe(true);
    expect(err.message).toContain(member.split(/[.[]/)[0]);
    expect(server.hits() - before).toBe(0);
    count('input.bad inputs tried');
    count('input.bad inputs rejected before sending');
  });
});

describe('what is accepted stays inside its bucket or container', () => {
  /** The raw request path the server got (the request line, before any resolving). */
  const lastPath = () => server.seen.at(-1)!.url.split('?')[0]!;

  // Document 004 allows these: none is `..`, none begins with `../` or ends with `/..`, none
  // holds `/./`, `/../` or `//`. Each must reach the server as `/bkt/<the key, encoded>`.
  const S3_ACCEPTED = ['a/..b', '..a', 'a..', '...', 'a/...', '..\\x', 'a\\..\\b', '%2e%2e/x', 'a/%2E%2E/b', '..%2F..%2Fetc%2Fpasswd', 'x/.hidden', '.', './x', 'x/.', '.x/..y', 'café/ü', ' sp ace '];
  it.each(S3_ACCEPTED)('S3 key %j is sent encoded under /bkt/ and means exactly that key', async (Key) => {
    for (const C of [s3.GetObjectCommand, s3.DeleteObjectCommand, s3.HeadObjectCommand] as const) {
      const before = server.hits();
      await clients.s3.send(new C({ Bucket: 'bkt', Key })).catch(() => undefined);
      expect(server.hits() - before).toBe(1);
      const raw = lastPath();
      expect(raw.startsWith('/bkt/')).toBe(true);
      const rest = raw.slice('/bkt/'.length);
      expect(rest.split('/').map(decodeURIComponent).join('/')).toBe(Key);
      count('input.accepted names checked on the wire');
    }
    note('S3 keys on the wire', { Key, path: lastPath() });
  });

  it("the browser (fetch) transport, which would resolve '.' segments, refuses such a key instead of rerouting it", async () => {
    const fetchClient = new s3.S3Client({ ...observed({ endpoint: server.url, maxAttempts: 3, transport: createFetchTransport() }), forcePathStyle: true });
    try {
      for (const Key of ['.', './x', 'x/.', 'a/b/.']) {
        const before = server.hits();
        const err = await failure(fetchClient.send(new s3.DeleteObjectCommand({ Bucket: 'bkt', Key })));
        expect(err.name).toBe('NetworkError');
        expect(err.code).toBe('ERR_DOT_SEGMENT');
        expect(err.$metadata.attempts).toBe(1);
        expect(server.hits() - before).toBe(0);
        count('input.accepted names checked on the wire');
      }
      // A plain key goes through fetch as usual.
      await fetchClient.send(new s3.DeleteObjectCommand({ Bucket: 'bkt', Key: 'a/..b' }));
      expect(server.seen.at(-1)!.url).toBe('/bkt/a/..b');
    } finally {
      fetchClient.destroy();
    }
  });

  const DATA_ACCEPTED = ['...', 'a/...', '.hidden/x', 'x/.b', '~user/f', 'a_b-c.d~e', 'a..b/..c', '/leading/slash'];
  it.each(DATA_ACCEPTED)('MediaStore Data path %j is sent under the container endpoint', async (Path) => {
    const before = server.hits();
    await clients.data.send(new data.GetObjectCommand({ Path })).catch(() => undefined);
    expect(server.hits() - before).toBe(1);
    const raw = lastPath();
    expect(raw.startsWith(`${DATA_BASE}/`)).toBe(true);
    const rest = raw.slice(DATA_BASE.length + 1);
    expect(rest.split('/').map(decodeURIComponent).join('/')).toBe(Path.replace(/^\//, ''));
    expect(rest.split('/')).not.toContain('..');
    expect(rest.split('/')).not.toContain('.');
    count('input.accepted names checked on the wire');
  });

  it('with validation off, MediaStore Data still refuses a path that would leave the container', async () => {
    const loose = new data.MediaStoreDataClient(observed({ endpoint: `${server.url}${DATA_BASE}`, validation: false, maxAttempts: 1 }) as data.MediaStoreDataClientConfig);
    try {
      for (const Path of ['../x', 'a/../../b', './x']) {
        const before = server.hits();
        expect(await failure(loose.send(new data.GetObjectCommand({ Path })))).toBeInstanceOf(ParamValidationError);
        expect(server.hits() - before).toBe(0);
        count('input.bad inputs tried');
        count('input.bad inputs rejected before sending');
      }
    } finally {
      loose.destroy();
    }
  });

  it('with validation off, a CR/LF header value still never reaches the wire', async () => {
    const loose = new s3.S3Client({ ...observed({ endpoint: server.url, validation: false, maxAttempts: 3 }), forcePathStyle: true });
    try {
      const before = server.hits();
      const err = await failure(loose.send(new s3.PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: 'x', Metadata: { note: 'a\r\nx-amz-acl: public-read' } })));
      expect(err.name).toMatch(/Error$/);
      expect(err.$metadata.attempts).toBe(1); // refused, not retried
      expect(server.hits() - before).toBe(0);
      note('CR/LF header with validation off', { error: err.name, message: err.message.slice(0, 120) });
      count('input.bad inputs tried');
      count('input.bad inputs rejected before sending');
    } finally {
      loose.destroy();
    }
  });

  it('non-ASCII where it is legal (JSON and form bodies) is sent intact', async () => {
    await clients.kinesis.send(new kinesis.PutRecordCommand({ StreamName: 's', PartitionKey: 'clé-é-😀', Data: 'données' }));
    const sent = server.seen.at(-1)!;
    expect(sent.headers['x-amz-target']).toBe('Kinesis_20131202.PutRecord');
    await clients.mediastore.send(new mediastore.TagResourceCommand({ Resource: 'arn:aws:mediastore:us-east-1:111122223333:container/box', Tags: [{ Key: 'équipe', Value: 'vidéo' }] }));
    expect(server.hits()).toBeGreaterThanOrEqual(2);
  });
});
