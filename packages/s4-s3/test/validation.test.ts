// Every client-side rule of document 004 (and of the decisions in seed-decisions.md): a
// ParamValidationError naming the member and the rule, and nothing sent.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { captureTransport } from '@skiff/testkit';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  getSignedUrl,
  HeadObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  ParamValidationError,
  PutBucketPolicyCommand,
  PutObjectCommand,
  S3Client,
  Upload,
  UploadPartCommand,
} from '../src/index.js';
import * as s3x from '../src/index.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const newClient = (extra: object = {}) => {
  const cap = captureTransport({ status: 200, headers: {}, body: new Uint8Array() });
  return { cap, client: new S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport, ...extra }) };
};

async function rejects(run: (c: S3Client) => Promise<unknown>, path: string, message: RegExp) {
  const { cap, client } = newClient();
  const err = await run(client).then(
    () => undefined,
    (e) => e,
  );
  expect(err).toBeInstanceOf(ParamValidationError);
  expect(err.name).toBe('ParamValidationError');
  expect(err.$fault).toBe('client');
  expect(err.issues).toContainEqual({ path, message: expect.stringMatching(message) });
  expect(cap.requests).toHaveLength(0);
}

const bucketRules: Array<[string, string, RegExp]> = [
  ['.', 'the name "."', /must not be "\." or "\.\."/],
  ['..', 'the name ".."', /must not be "\." or "\.\."/],
  ['a/bc', 'a slash', /must not contain "\/"/],
  ['ab', 'fewer than 3 characters', /between 3 and 63/],
  ['a'.repeat(64), 'more than 63 characters', /between 3 and 63/],
  ['My-Bucket', 'upper case', /only lowercase letters, numbers, dots/],
  ['my_bucket', 'an underscore', /only lowercase letters, numbers, dots/],
  ['-bucket', 'a leading hyphen', /begin and end with a letter or number/],
  ['bucket.', 'a trailing dot', /begin and end with a letter or number/],
  ['my..bucket', 'two adjacent periods', /two adjacent periods/],
  ['192.168.5.4', 'an IP address', /formatted as an IP address/],
  ['xn--bucket', 'the xn-- prefix', /prefix "xn--"/],
  ['bucket-s3alias', 'the -s3alias suffix', /suffix "-s3alias"/],
];

const keyRules: Array<[string, string, RegExp]> = [
  ['', 'an empty key', /between 1 and 1024/],
  ['k'.repeat(1025), 'more than 1024 characters', /between 1 and 1024/],
  ['..', 'the key ".."', /must not be "\.\."/],
  ['../etc', 'a leading ../', /must not begin with "\.\.\/"/],
  ['a/..', 'a trailing /..', /must not end with "\/\.\."/],
  ['a/./b', '/./ inside', /must not contain "\/\.\/" or "\/\.\.\/"/],
  ['a/../b', '/../ inside', /must not contain "\/\.\/" or "\/\.\.\/"/],
  ['a//b', 'consecutive slashes', /consecutive forward slashes/],
  ['bad\uD800key', 'a lone surrogate (no UTF-8 form)', /valid Unicode/],
];

describe('bucket name rules (document 004, Bucket Naming Rules)', () => {
  for (const [name, what, message] of bucketRules) {
    it(`refuses ${what}`, () => rejects((c) => c.send(new CreateBucketCommand({ Bucket: name })), 'Bucket', message));
  }

  it('checks the bucket of every operation that has one, before sending', async () => {
    await rejects((c) => c.send(new GetObjectCommand({ Bucket: 'Bad', Key: 'k' })), 'Bucket', /only lowercase/);
    await rejects((c) => c.send(new ListObjectsV2Command({ Bucket: 'xn--b' })), 'Bucket', /xn--/);
    await rejects((c) => c.send(new PutBucketPolicyCommand({ Bucket: '1.2.3.4', Policy: '{}' })), 'Bucket', /IP address/);
  });

  it('accepts names at the limits', async () => {
    const { cap, client } = newClient();
    for (const Bucket of ['abc', 'a'.repeat(63), 'my.dotted-bucket.1', '1.2.3.4a']) await client.send(new CreateBucketCommand({ Bucket }));
    expect(cap.requests).toHaveLength(4);
  });
});

describe('object key rules (document 004, Object Key Naming Rules)', () => {
  for (const [key, what, message] of keyRules) {
    it(`refuses ${what}`, () => rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: key, Body: 'x' })), 'Key', message));
  }

  it('counts characters, not bytes or UTF-16 units, and accepts any other UTF-8 text', async () => {
    const { cap, client } = newClient();
    await client.send(new HeadObjectCommand({ Bucket: 'bucket', Key: '😀'.repeat(1024) }));
    await client.send(new HeadObjectCommand({ Bucket: 'bucket', Key: './a/.../b/..c/ é & +' }));
    expect(cap.requests).toHaveLength(2);
  });
});

describe('other documented rules', () => {
  it('max-keys must be a whole number from 0 (S4: InvalidArgument on a wrong format)', async () => {
    await rejects((c) => c.send(new ListObjectsCommand({ Bucket: 'bucket', MaxKeys: -1 })), 'MaxKeys', /at least 0/);
    await rejects((c) => c.send(new ListObjectsV2Command({ Bucket: 'bucket', MaxKeys: 1.5 })), 'MaxKeys', /integer/);
    await rejects((c) => c.send(new ListObjectsV2Command({ Bucket: 'bucket', MaxKeys: 2 ** 31 })), 'MaxKeys', /at most 2147483647/);
  });

  it('part numbers run 1..10000', async () => {
    const part = (PartNumber: number) => new UploadPartCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', PartNumber, Body: 'x' });
    await rejects((c) => c.send(part(0)), 'PartNumber', /at least 1/);
    await rejects((c) => c.send(part(10001)), 'PartNumber', /at most 10000/);
    await rejects((c) => c.send(new UploadPartCommand({ Bucket: 'bucket', Key: 'k', UploadId: '', PartNumber: 1 })), 'UploadId', /at least 1/);
  });

  it('CompleteMultipartUpload: parts in ascending order (InvalidPartOrder), numbered from 1 with no gap, at least one', async () => {
    const complete = (Parts: Array<{ ETag: string; PartNumber: number }>) => new CompleteMultipartUploadCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', MultipartUpload: { Parts } });
    await rejects((c) => c.send(complete([{ ETag: '"a"', PartNumber: 2 }, { ETag: '"b"', PartNumber: 1 }])), 'MultipartUpload.Parts[1].PartNumber', /ascending order/);
    await rejects((c) => c.send(complete([{ ETag: '"a"', PartNumber: 1 }, { ETag: '"b"', PartNumber: 3 }])), 'MultipartUpload.Parts[1].PartNumber', /must be 2/);
    await rejects((c) => c.send(complete([])), 'MultipartUpload.Parts', /number of items must be at least 1/);
    await rejects((c) => c.send(complete([{ ETag: '"a"', PartNumber: 10001 }])), 'MultipartUpload.Parts[0].PartNumber', /at most 10000/);
  });

  it('beyond the S4 subset: DeleteObjects takes 1..1000 valid keys; ListParts max-parts 1..1000; UploadPartCopy a byte range', async () => {
    await rejects((c) => c.send(new s3x.DeleteObjectsCommand({ Bucket: 'bucket', Delete: { Objects: [] } })), 'Delete.Objects', /at least 1/);
    await rejects((c) => c.send(new s3x.DeleteObjectsCommand({ Bucket: 'bucket', Delete: { Objects: Array.from({ length: 1001 }, (_, i) => ({ Key: `k${i}` })) } })), 'Delete.Objects', /at most 1000/);
    await rejects((c) => c.send(new s3x.DeleteObjectsCommand({ Bucket: 'bucket', Delete: { Objects: [{ Key: 'a//b' }] } })), 'Delete.Objects[0].Key', /consecutive/);
    await rejects((c) => c.send(new s3x.ListPartsCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', MaxParts: 0 })), 'MaxParts', /at least 1/);
    await rejects((c) => c.send(new s3x.UploadPartCopyCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', PartNumber: 1, CopySource: 'src/k', CopySourceRange: '0-9' })), 'CopySourceRange', /pattern/);
  });

  it('presigned URLs expire in 1..604800 seconds, checked before signing', async () => {
    for (const expiresIn of [0, 604801, 1.5, -5]) {
      await rejects((c) => getSignedUrl(c, new GetObjectCommand({ Bucket: 'bucket', Key: 'k' }), { expiresIn }), 'expiresIn', /1 to 604800/);
    }
  });

  it('header values (metadata, Content-Type, Range, ETags) must not hold CR/LF or non-ASCII text', async () => {
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', Metadata: { note: 'a\r\nx-amz-acl: public-read' } })), 'Metadata.note', /control characters or non-ASCII/);
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', Metadata: { city: 'Zürich' } })), 'Metadata.city', /non-ASCII/);
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', Metadata: { 'bad name': 'v' } })), 'Metadata.bad name', /header tokens/);
    await rejects((c) => c.send(new CreateMultipartUploadCommand({ Bucket: 'bucket', Key: 'k', ContentType: 'text/plain\n' })), 'ContentType', /control characters/);
    await rejects((c) => c.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'k', Range: 'bytes=0-1\r\n' })), 'Range', /control characters/);
    await rejects((c) => c.send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'k', IfMatch: '"é"' })), 'IfMatch', /non-ASCII/);
  });

  it('Content-MD5 must be the base64 of 16 bytes (S4: InvalidDigest)', async () => {
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', ContentMD5: 'abc' })), 'ContentMD5', /pattern/);
  });

  it('x-amz-storage-class may only be STANDARD (S4: InvalidStorageClass)', async () => {
    await rejects((c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'src/k', StorageClass: 'GLACIER' as 'STANDARD' })), 'StorageClass', /STANDARD/);
  });

  it('x-amz-copy-source names a valid bucket and key, URL-encoded', async () => {
    await rejects((c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'src-only' })), 'CopySource', /both a bucket and a key/);
    await rejects((c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'Src/k' })), 'CopySource', /source bucket name may contain only lowercase/);
    await rejects((c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'src/a%2F%2Fb' })), 'CopySource', /source key must not contain consecutive/);
    await rejects((c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'src/café' })), 'CopySource', /URL-encoded/);
  });

  it('a stream body needs ContentLength (or Upload); a given ContentLength must match the body', async () => {
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: Readable.from([Buffer.from('abc')]) })), 'ContentLength', /use Upload/);
    await rejects((c) => c.send(new UploadPartCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', PartNumber: 1, Body: new Blob(['x']).stream() })), 'ContentLength', /use Upload/);
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'abc', ContentLength: 4 })), 'ContentLength', /is 4 but Body holds 3 bytes/);
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 42 as never })), 'Body', /must be bytes/);
  });

  it('with validation: false the schema checks are skipped, but a stream still needs a length to be signed', async () => {
    const { cap, client } = newClient({ validation: false });
    await client.send(new ListObjectsCommand({ Bucket: 'Not_Valid', MaxKeys: -1 }));
    expect(cap.last!.url).toBe('https://s3.eu-central-1.s4.mega.io/Not_Valid?max-keys=-1');
    const err = await client.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: Readable.from([Buffer.from('abc')]) })).catch((e) => e);
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(cap.requests).toHaveLength(1);
  });

  it('Upload: parts of at least 5 MiB, a queue of at least 1, a body', () => {
    const { client } = newClient();
    const params = { Bucket: 'bucket', Key: 'k', Body: 'x' };
    expect(() => new Upload({ client, params, partSize: 5 * 1024 * 1024 - 1 })).toThrow(/partSize: must be a whole number of bytes, at least 5242880/);
    expect(() => new Upload({ client, params, queueSize: 0 })).toThrow(/queueSize/);
    expect(() => new Upload({ client, params: { Bucket: 'bucket', Key: 'k' } as never })).toThrow(ParamValidationError);
  });

  it('Upload checks the bucket and key before reading the body or sending', async () => {
    await rejects((c) => new Upload({ client: c, params: { Bucket: 'bucket', Key: 'a//b', Body: 'x' } }).done(), 'Key', /consecutive/);
  });
});

describe('constraints checked before sending that S4 would refuse, or lose data over', () => {
  /** Sends and returns what went out: the input passed the checks. */
  async function accepted(run: (c: S3Client) => Promise<unknown>) {
    const { cap, client } = newClient();
    await run(client);
    expect(cap.requests).toHaveLength(1);
    return cap.last!;
  }

  it('Metadata names that differ only in case are refused (header names are case-insensitive: a value would be lost)', async () => {
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', Metadata: { a: '1', A: '2' } })), 'Metadata.A', /differs from a only in case/);
    await rejects((c) => c.send(new CreateMultipartUploadCommand({ Bucket: 'bucket', Key: 'k', Metadata: { Owner: 'x', OWNER: 'y' } })), 'Metadata.OWNER', /differs from Owner only in case/);
    await rejects((c) => new Upload({ client: c, params: { Bucket: 'bucket', Key: 'k', Body: 'x', Metadata: { 'x-Tag': '1', 'X-tag': '2' } } }).done(), 'Metadata.X-tag', /only in case/);
    const req = await accepted((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', Metadata: { a: '1', b: '2', Ab: '3' } })));
    expect(req.headers).toMatchObject({ 'x-amz-meta-a': '1', 'x-amz-meta-b': '2', 'x-amz-meta-ab': '3' });
  });

  it('PutObject: a Key ending in "/" is a folder and takes no data (S4: InvalidRequest); Upload refuses it too', async () => {
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'photos/', Body: 'x' })), 'Key', /names a folder: it cannot hold data/);
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'photos/', Body: new Uint8Array(3) })), 'Key', /folder/);
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'photos/', Body: Readable.from([Buffer.from('abc')]), ContentLength: 3 })), 'Key', /folder/);
    await rejects((c) => new Upload({ client: c, params: { Bucket: 'bucket', Key: 'a/', Body: 'x' } }).done(), 'Key', /folder/);
    // A multipart Upload is refused before CreateMultipartUpload, not at Complete.
    await rejects((c) => new Upload({ client: c, params: { Bucket: 'bucket', Key: 'a/', Body: new Uint8Array(5 * 1024 * 1024 + 1) } }).done(), 'Key', /folder/);
    for (const Body of [undefined, '', new Uint8Array(0)]) {
      const req = await accepted((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'photos/', Body })));
      expect(req.url).toBe('https://bucket.s3.eu-central-1.s4.mega.io/photos/');
    }
  });

  it('Range bytes=-0 (an empty suffix range) is unsatisfiable: refused on GetObject and HeadObject', async () => {
    await rejects((c) => c.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'k', Range: 'bytes=-0' })), 'Range', /empty suffix range/);
    await rejects((c) => c.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'k', Range: 'bytes=-000' })), 'Range', /empty suffix range/);
    await rejects((c) => c.send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'k', Range: 'bytes=-0' })), 'Range', /empty suffix range/);
    for (const Range of ['bytes=-1', 'bytes=0-0', 'bytes=10-', 'bytes=-10']) {
      const req = await accepted((c) => c.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'k', Range })));
      expect(req.headers.range).toBe(Range);
    }
  });

  it('PutBucketPolicy: Policy must be a JSON object (S4: MalformedPolicy)', async () => {
    await rejects((c) => c.send(new PutBucketPolicyCommand({ Bucket: 'bucket', Policy: '{"Version": "2012-10-17",' })), 'Policy', /must be a JSON policy document/);
    await rejects((c) => c.send(new PutBucketPolicyCommand({ Bucket: 'bucket', Policy: 'Version: 2012-10-17' })), 'Policy', /must be a JSON policy document/);
    for (const Policy of ['[]', '"policy"', '42', 'null']) await rejects((c) => c.send(new PutBucketPolicyCommand({ Bucket: 'bucket', Policy })), 'Policy', /must be a JSON object/);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }] });
    const req = await accepted((c) => c.send(new PutBucketPolicyCommand({ Bucket: 'bucket', Policy: policy })));
    expect(new TextDecoder().decode(req.body as Uint8Array)).toBe(policy);
  });

  it('a ContentMD5 given with a body held in memory must be that body\'s MD5 (S4: BadDigest)', async () => {
    const md5 = (s: string) => createHash('md5').update(s).digest('base64');
    const wrong = md5('something else');
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'hello', ContentMD5: wrong })), 'ContentMD5', new RegExp(`is ${wrong.replace(/[+/]/g, '\\$&')} but the MD5 of the body is ${md5('hello').replace(/[+/]/g, '\\$&')}`));
    await rejects((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: new TextEncoder().encode('hello'), ContentMD5: wrong })), 'ContentMD5', /BadDigest/);
    await rejects((c) => c.send(new UploadPartCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', PartNumber: 1, Body: 'hello', ContentMD5: wrong })), 'ContentMD5', /BadDigest/);
    await rejects((c) => c.send(new PutBucketPolicyCommand({ Bucket: 'bucket', Policy: '{}', ContentMD5: wrong })), 'ContentMD5', /BadDigest/);
    const req = await accepted((c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'hello', ContentMD5: md5('hello') })));
    expect(req.headers['content-md5']).toBe(md5('hello'));
  });
});

describe('members of the S3 API that S4 does not support are refused, not dropped (S4 would ignore them)', () => {
  const S4_DOES_NOT = /^S4 does not support this member: it would be ignored, not applied$/;
  const refusedCases: Array<[string, (c: S3Client) => Promise<unknown>, string]> = [
    ['PutObject ACL', (c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', ACL: 'public-read' } as never)), 'ACL'],
    ['PutObject ServerSideEncryption', (c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', ServerSideEncryption: 'AES256' } as never)), 'ServerSideEncryption'],
    ['PutObject ChecksumSHA256', (c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', ChecksumSHA256: 'LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564=' } as never)), 'ChecksumSHA256'],
    ['PutObject IfNoneMatch (a conditional write)', (c) => c.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', IfNoneMatch: '*' } as never)), 'IfNoneMatch'],
    ['CreateMultipartUpload Tagging', (c) => c.send(new CreateMultipartUploadCommand({ Bucket: 'bucket', Key: 'k', Tagging: 'a=b' } as never)), 'Tagging'],
    ['CopyObject MetadataDirective', (c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'src/k', MetadataDirective: 'REPLACE' } as never)), 'MetadataDirective'],
    ['CopyObject CopySourceIfMatch', (c) => c.send(new CopyObjectCommand({ Bucket: 'bucket', Key: 'k', CopySource: 'src/k', CopySourceIfMatch: '"e"' } as never)), 'CopySourceIfMatch'],
    ['GetObject VersionId', (c) => c.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'k', VersionId: 'v1' } as never)), 'VersionId'],
    ['HeadObject SSECustomerKey', (c) => c.send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'k', SSECustomerKey: 'k'.repeat(32) } as never)), 'SSECustomerKey'],
    ['DeleteObject VersionId', (c) => c.send(new s3x.DeleteObjectCommand({ Bucket: 'bucket', Key: 'k', VersionId: 'v1' } as never)), 'VersionId'],
    ['ListObjectsV2 EncodingType', (c) => c.send(new ListObjectsV2Command({ Bucket: 'bucket', EncodingType: 'url' } as never)), 'EncodingType'],
    ['CreateBucket ObjectLockEnabledForBucket', (c) => c.send(new CreateBucketCommand({ Bucket: 'bucket', ObjectLockEnabledForBucket: true } as never)), 'ObjectLockEnabledForBucket'],
    ['CreateBucket CreateBucketConfiguration', (c) => c.send(new CreateBucketCommand({ Bucket: 'bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-central-2' } } as never)), 'CreateBucketConfiguration'],
    ['DeleteBucket ExpectedBucketOwner', (c) => c.send(new s3x.DeleteBucketCommand({ Bucket: 'bucket', ExpectedBucketOwner: '123456789012' } as never)), 'ExpectedBucketOwner'],
    ['UploadPart ChecksumCRC32', (c) => c.send(new UploadPartCommand({ Bucket: 'bucket', Key: 'k', UploadId: 'u', PartNumber: 1, Body: 'x', ChecksumCRC32: 'AAAAAA==' } as never)), 'ChecksumCRC32'],
    // A multipart Upload gives CreateMultipartUpload only the members it has: Upload checks first.
    ['Upload (multipart) ServerSideEncryption', (c) => new Upload({ client: c, params: { Bucket: 'bucket', Key: 'k', Body: new Uint8Array(5 * 1024 * 1024 + 1), ServerSideEncryption: 'aws:kms' } as never }).done(), 'ServerSideEncryption'],
  ];
  it.each(refusedCases)('%s', async (_label, run, member) => {
    await rejects(run, member, S4_DOES_NOT);
  });

  it('a member left undefined is no request for anything; validation: false drops them, as before', async () => {
    const req = await (async () => {
      const { cap, client } = newClient();
      await client.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', ACL: undefined } as never));
      return cap.last!;
    })();
    expect(req.headers['x-amz-acl']).toBeUndefined();
    const { cap, client } = newClient({ validation: false });
    await client.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'k', Body: 'x', ACL: 'public-read' } as never));
    expect(cap.requests).toHaveLength(1);
    expect(cap.last!.headers['x-amz-acl']).toBeUndefined();
  });
});
