import { Readable } from 'node:stream';
// Canned S4 responses (the document's examples and error format) → typed outputs and errors.
import { describe, expect, it } from 'vitest';
import { captureTransport } from '@skiff/testkit';
import * as s3 from '../src/index.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const enc = (s: string) => new TextEncoder().encode(s);

function clientAnswering(status: number, body: string, headers: Record<string, string> = {}) {
  const cap = captureTransport(() => ({ status, headers: { 'x-amz-request-id': 'HC0000000000000001', ...headers }, body: enc(body) }));
  return { cap, client: new s3.S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport, maxAttempts: 1 }) };
}

describe('outputs', () => {
  it('ListBuckets: the document example, one bucket still a list, dates as Date', async () => {
    const { client } = clientAnswering(
      200,
      `<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Buckets>
<Bucket>
<CreationDate>2022-01-28T11:44:13Z</CreationDate>
<Name>bucket1</Name>
</Bucket>
</Buckets>
<Owner>
<ID>57A54E56B89C54B767F01987C0BC77929B5212C0BF165E3CF2B8DF818C46B66C</ID>
<DisplayName>158563168473704</DisplayName>
</Owner>
</ListAllMyBucketsResult>`,
    );
    const out = await client.send(new s3.ListBucketsCommand({}));
    expect(out.Buckets).toEqual([{ Name: 'bucket1', CreationDate: new Date('2022-01-28T11:44:13Z') }]);
    expect(out.Owner).toEqual({ ID: '57A54E56B89C54B767F01987C0BC77929B5212C0BF165E3CF2B8DF818C46B66C', DisplayName: '158563168473704' });
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'HC0000000000000001', attempts: 1 });
  });

  it('ListObjectsV2: single Contents and CommonPrefixes are lists; ETags as sent; numeric keys stay text', async () => {
    const { client, cap } = clientAnswering(
      200,
      `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>bkt</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><IsTruncated>false</IsTruncated>
<Contents><Key>00123</Key><LastModified>2025-11-21T12:00:00.000Z</LastModified><ETag>&quot;5d41402abc4b2a76b9719d911017c592&quot;</ETag><Size>5</Size><StorageClass>STANDARD</StorageClass></Contents>
<CommonPrefixes><Prefix>photos/</Prefix></CommonPrefixes></ListBucketResult>`,
    );
    const out = await client.send(new s3.ListObjectsV2Command({ Bucket: 'bkt', Delimiter: '/', FetchOwner: true, StartAfter: 'a', MaxKeys: 1000 }));
    expect(cap.last!.url).toBe('https://bkt.s3.eu-central-1.s4.mega.io/?list-type=2&delimiter=%2F&fetch-owner=true&max-keys=1000&start-after=a');
    expect(out.Contents).toEqual([{ Key: '00123', LastModified: new Date('2025-11-21T12:00:00Z'), ETag: '"5d41402abc4b2a76b9719d911017c592"', Size: 5, StorageClass: 'STANDARD' }]);
    expect(out.CommonPrefixes).toEqual([{ Prefix: 'photos/' }]);
    expect(out).toMatchObject({ IsTruncated: false, KeyCount: 1, MaxKeys: 1000, Prefix: '', Name: 'bkt' });
  });

  it('ListObjects: an empty bucket has no Contents', async () => {
    const { client } = clientAnswering(200, '<ListBucketResult><Name>bkt</Name><IsTruncated>false</IsTruncated><MaxKeys>1000</MaxKeys></ListBucketResult>');
    const out = await client.send(new s3.ListObjectsCommand({ Bucket: 'bkt' }));
    expect(out.Contents).toBeUndefined();
    expect(out.IsTruncated).toBe(false);
  });

  it('GetObject: 206 with a range and 200 whole are both success; Body is a readable-once stream', async () => {
    const headers = { 'content-range': 'bytes 0-4/11', 'content-length': '5', etag: '"e"', 'last-modified': 'Fri, 21 Nov 2025 12:00:00 GMT', 'x-amz-meta-owner': 'me', 'content-type': 'text/plain' };
    const { client, cap } = clientAnswering(206, 'hello', headers);
    const out = await client.send(new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'k', Range: 'bytes=0-4', IfMatch: '"e"', IfModifiedSince: new Date('2025-01-01T00:00:00Z'), ResponseContentType: 'text/plain' }));
    expect(cap.last!.headers).toMatchObject({ range: 'bytes=0-4', 'if-match': '"e"', 'if-modified-since': 'Wed, 01 Jan 2025 00:00:00 GMT' });
    expect(cap.last!.url).toBe('https://bkt.s3.eu-central-1.s4.mega.io/k?response-content-type=text%2Fplain');
    expect(out.$metadata.httpStatusCode).toBe(206);
    expect(out).toMatchObject({ ContentRange: 'bytes 0-4/11', ContentLength: 5, ETag: '"e"', LastModified: new Date('2025-11-21T12:00:00Z'), Metadata: { owner: 'me' }, ContentType: 'text/plain' });
    expect(out.Body).toBeInstanceOf(Readable); // what v3 gives in Node
    expect(await out.Body!.transformToString()).toBe('hello');
    await expect(out.Body!.transformToByteArray()).rejects.toThrow(/already read/);

    const whole = await clientAnswering(200, 'hello world').client.send(new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'k' }));
    expect(whole.$metadata.httpStatusCode).toBe(200);
    expect(new TextDecoder().decode(await whole.Body!.transformToByteArray())).toBe('hello world');
  });

  it('CopyObject: CopyObjectResult as in AWS SDK v3', async () => {
    const { client, cap } = clientAnswering(200, '<CopyObjectResult><LastModified>2025-11-21T12:00:00.000Z</LastModified><ETag>"abc"</ETag></CopyObjectResult>');
    const out = await client.send(new s3.CopyObjectCommand({ Bucket: 'dst', Key: 'k', CopySource: s3.copySource('src', 'docs/café.txt'), StorageClass: 'STANDARD' }));
    expect(cap.last!.headers['x-amz-copy-source']).toBe('src/docs/caf%C3%A9.txt');
    expect(cap.last!.headers['x-amz-storage-class']).toBe('STANDARD');
    expect(out.CopyObjectResult).toEqual({ ETag: '"abc"', LastModified: new Date('2025-11-21T12:00:00Z') });
  });

  it('PutBucketPolicy: a success body it does not need (moto sends "True") is ignored; GetBucketPolicy returns the JSON', async () => {
    await expect(clientAnswering(200, 'True').client.send(new s3.PutBucketPolicyCommand({ Bucket: 'bkt', Policy: '{}' }))).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    const out = await clientAnswering(200, '{"Version":"2012-10-17"}').client.send(new s3.GetBucketPolicyCommand({ Bucket: 'bkt' }));
    expect(out.Policy).toBe('{"Version":"2012-10-17"}');
  });

  it('CreateMultipartUpload and CompleteMultipartUpload read their results', async () => {
    const created = await clientAnswering(200, '<InitiateMultipartUploadResult><Bucket>bkt</Bucket><Key>k</Key><UploadId>U1</UploadId></InitiateMultipartUploadResult>').client.send(new s3.CreateMultipartUploadCommand({ Bucket: 'bkt', Key: 'k' }));
    expect(created).toMatchObject({ Bucket: 'bkt', Key: 'k', UploadId: 'U1' });
    const done = await clientAnswering(200, '<CompleteMultipartUploadResult><Location>https://b/k</Location><Bucket>b</Bucket><Key>k</Key><ETag>"x-2"</ETag></CompleteMultipartUploadResult>').client.send(
      new s3.CompleteMultipartUploadCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'U1', MultipartUpload: { Parts: [{ ETag: '"a"', PartNumber: 1 }] } }),
    );
    expect(done).toMatchObject({ Location: 'https://b/k', ETag: '"x-2"' });
  });
});

const errorBody = (code: string, message = `${code} message`) => `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n<Code>${code}</Code>\n<Message>${message}</Message>\n<Resource>/myobj</Resource>\n<RequestId>HC0000000000000001</RequestId>\n</Error>`;

describe('typed errors (S3 error format, document 004)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const cases: Array<[string, number, s3.Command<any, any>, unknown]> = [
    ['NoSuchKey', 404, new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'k' }), s3.NoSuchKey],
    ['NoSuchBucket', 404, new s3.ListObjectsCommand({ Bucket: 'bkt' }), s3.NoSuchBucket],
    ['BucketAlreadyOwnedByYou', 409, new s3.CreateBucketCommand({ Bucket: 'bkt-1' }), s3.BucketAlreadyOwnedByYou],
    ['BucketAlreadyExists', 409, new s3.CreateBucketCommand({ Bucket: 'bkt-1' }), s3.BucketAlreadyExists],
    ['BucketNotEmpty', 409, new s3.DeleteBucketCommand({ Bucket: 'bkt-1' }), s3.BucketNotEmpty],
    ['EntityTooSmall', 400, new s3.CompleteMultipartUploadCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u', MultipartUpload: { Parts: [{ ETag: 'e', PartNumber: 1 }] } }), s3.EntityTooSmall],
    ['InvalidPart', 400, new s3.UploadPartCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u', PartNumber: 2, Body: 'x' }), s3.InvalidPart],
    ['InvalidPartOrder', 400, new s3.CompleteMultipartUploadCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u', MultipartUpload: { Parts: [{ ETag: 'e', PartNumber: 1 }] } }), s3.InvalidPartOrder],
    ['NoSuchUpload', 404, new s3.AbortMultipartUploadCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u' }), s3.NoSuchUpload],
    ['PreconditionFailed', 412, new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'k', IfMatch: '"x"' }), s3.PreconditionFailed],
    ['InvalidRange', 416, new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'k', Range: 'bytes=50-100' }), s3.InvalidRange],
    ['AccessDenied', 403, new s3.PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: 'x' }), s3.AccessDenied],
    ['SignatureDoesNotMatch', 403, new s3.ListBucketsCommand({}), s3.SignatureDoesNotMatch],
    ['NoSuchBucketPolicy', 404, new s3.GetBucketPolicyCommand({ Bucket: 'bkt' }), s3.NoSuchBucketPolicy],
    ['MalformedPolicy', 400, new s3.PutBucketPolicyCommand({ Bucket: 'bkt', Policy: '{"Statement":"x"}' }), s3.MalformedPolicy],
    ['InvalidStorageClass', 400, new s3.CopyObjectCommand({ Bucket: 'bkt', Key: 'k', CopySource: 'src/b' }), s3.InvalidStorageClass],
    ['BadDigest', 400, new s3.PutObjectCommand({ Bucket: 'bkt', Key: 'k', Body: 'x' }), s3.BadDigest],
    ['InvalidBucketName', 400, new s3.HeadBucketCommand({ Bucket: 'bkt-1' }), s3.InvalidBucketName],
    ['InvalidAccessKeyId', 403, new s3.ListBucketsCommand({}), s3.InvalidAccessKeyId],
    ['MissingSecurityHeader', 400, new s3.ListBucketsCommand({}), s3.MissingSecurityHeader],
  ];
  for (const [code, status, command, cls] of cases) {
    it(`${code} (${status}) on ${command.operation.name}`, async () => {
      const { client } = clientAnswering(status, errorBody(code, 'The specified thing.'));
      const err = await client.send(command).catch((e) => e);
      expect(err).toBeInstanceOf(cls as new () => Error);
      expect(err).toBeInstanceOf(s3.ServiceError);
      expect(s3.isServiceError(err, code)).toBe(true);
      expect(err.name).toBe(code);
      expect(err.message).toBe('The specified thing.');
      expect(err.$fault).toBe('client');
      expect(err.$metadata).toMatchObject({ httpStatusCode: status, requestId: 'HC0000000000000001', attempts: 1 });
    });
  }

  it('InternalError is a server fault and retried', async () => {
    const cap = captureTransport((_r, n) => (n === 1 ? { status: 500, headers: {}, body: enc(errorBody('InternalError')) } : { status: 204, headers: {}, body: null }));
    const client = new s3.S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport, retry: { baseDelay: 1 } });
    const out = await client.send(new s3.DeleteObjectCommand({ Bucket: 'bkt', Key: 'k' }));
    expect(out.$metadata).toMatchObject({ httpStatusCode: 204, attempts: 2 });
    const err = await clientAnswering(500, errorBody('InternalError')).client.send(new s3.DeleteObjectCommand({ Bucket: 'bkt', Key: 'k' })).catch((e) => e);
    expect(err).toBeInstanceOf(s3.InternalError);
    expect(err.$fault).toBe('server');
  });

  it('a 200 whose body is <Error> is an error (S3 CopyObject, CompleteMultipartUpload)', async () => {
    const err = await clientAnswering(200, errorBody('AccessDenied')).client.send(new s3.CopyObjectCommand({ Bucket: 'bkt', Key: 'k', CopySource: 'src/b' })).catch((e) => e);
    expect(err).toBeInstanceOf(s3.AccessDenied);
  });

  const heads: Array<[number, unknown, string]> = [
    [404, s3.NotFound, 'NotFound'],
    [403, s3.Forbidden, 'Forbidden'],
    [412, s3.PreconditionFailed, 'PreconditionFailed'],
    [304, s3.NotModified, 'NotModified'],
    [400, s3.BadRequest, 'BadRequest'],
  ];
  for (const [status, cls, name] of heads) {
    it(`HEAD ${status} (no body) is ${name}`, async () => {
      const { client } = clientAnswering(status, '');
      for (const command of [new s3.HeadObjectCommand({ Bucket: 'bkt', Key: 'k' }), new s3.HeadBucketCommand({ Bucket: 'bkt-1' })] as Array<s3.Command<object, object>>) {
        const err = await client.send(command).catch((e) => e);
        expect(err).toBeInstanceOf(cls as new () => Error);
        expect(err.name).toBe(name);
        expect(err.$metadata.httpStatusCode).toBe(status);
      }
    });
  }

  it('GetObject 304 (If-None-Match) is NotModified', async () => {
    const err = await clientAnswering(304, '').client.send(new s3.GetObjectCommand({ Bucket: 'bkt', Key: 'k', IfNoneMatch: '"e"' })).catch((e) => e);
    expect(err).toBeInstanceOf(s3.NotModified);
  });
});
