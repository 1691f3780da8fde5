// CompleteMultipartUpload, CopyObject and UploadPartCopy: S3 answers 200 before the work is
// done, and a failure can then arrive in that body. Only the operation's result element is a
// success; an empty, cut or unrelated body, or an <Error>, is a typed error, retried (botocore
// retries these too), and Upload aborts the multipart upload instead of resolving.
import { afterEach, describe, expect, it } from 'vitest';
import { AccessDenied, CompleteMultipartUploadCommand, CopyObjectCommand, InternalError, ResponseParseError, S3Client, Upload, UploadPartCopyCommand } from '../src/index.js';
import { scriptedServer, type Answer, type Seen } from './scriptedServer.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const MiB = 1024 * 1024;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(answer: (req: Seen, seen: Seen[]) => Answer) {
  const srv = await scriptedServer(answer);
  close = srv.close;
  const client = new S3Client({ region: 'eu-central-1', endpoint: srv.url, credentials: creds, maxAttempts: 3, retry: { baseDelay: 1, maxDelay: 5 } });
  return { srv, client };
}

const ops = [
  { name: 'CompleteMultipartUpload', root: 'CompleteMultipartUploadResult', command: () => new CompleteMultipartUploadCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u1', MultipartUpload: { Parts: [{ ETag: '"p1"', PartNumber: 1 }] } }), member: 'ETag' },
  { name: 'CopyObject', root: 'CopyObjectResult', command: () => new CopyObjectCommand({ Bucket: 'bkt', Key: 'k', CopySource: 'src/k' }), member: 'CopyObjectResult' },
  { name: 'UploadPartCopy', root: 'CopyPartResult', command: () => new UploadPartCopyCommand({ Bucket: 'bkt', Key: 'k', UploadId: 'u1', PartNumber: 1, CopySource: 'src/k' }), member: 'CopyPartResult' },
] as const;

describe.each(ops)('$name: a 200 is a success only with <$root>', ({ root, command, member }) => {
  it.each([
    ['no body', ''],
    ['whitespace only', '  \n'],
    ['another root element', '<ListBucketResult><Name>bkt</Name></ListBucketResult>'],
    ['a body cut short', `<${root}><ETag>"e`],
  ])('%s: ResponseParseError after every attempt', async (_kind, body) => {
    const { srv, client } = await serve(() => ({ status: 200, body }));
    const err = await client.send(command() as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseParseError);
    expect((err as ResponseParseError).message).toMatch(new RegExp(`<${root}>|not valid XML`));
    expect((err as ResponseParseError).$metadata).toMatchObject({ attempts: 3, httpStatusCode: 200 });
    expect(srv.seen).toHaveLength(3);
  });

  it('an <Error> in the 200 is the service error, retried whatever its code', async () => {
    const { srv, client } = await serve(() => ({ status: 200, body: '<Error><Code>AccessDenied</Code><Message>late</Message><RequestId>r1</RequestId></Error>' }));
    const err = await client.send(command() as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AccessDenied);
    expect(err).toMatchObject({ name: 'AccessDenied', message: 'late', $metadata: { attempts: 3, httpStatusCode: 200, requestId: 'r1' } });
    expect(srv.seen).toHaveLength(3);
  });

  it('succeeds on the attempt that brings the result', async () => {
    const bodies = ['', '<Error><Code>InternalError</Code><Message>try again</Message></Error>', `<${root}><ETag>"e1"</ETag><LastModified>2025-11-21T12:00:00.000Z</LastModified></${root}>`];
    const { srv, client } = await serve((_req, seen) => ({ status: 200, body: bodies[seen.length - 1] }));
    const out = (await client.send(command() as never)) as Record<string, unknown> & { $metadata: { attempts: number } };
    expect(out.$metadata.attempts).toBe(3);
    expect(srv.seen).toHaveLength(3);
    const result = member === 'ETag' ? out : (out[member] as Record<string, unknown>);
    expect(result.ETag).toBe('"e1"');
  });
});

it("CompleteMultipartUpload: moto's name for the result, CompleteMultipartUploadResponse, is a success", async () => {
  const { srv, client } = await serve(() => ({ status: 200, body: '<CompleteMultipartUploadResponse><Bucket>bkt</Bucket><Key>k</Key><ETag>"m-1"</ETag></CompleteMultipartUploadResponse>' }));
  const out = await client.send(ops[0].command());
  expect(out).toMatchObject({ Bucket: 'bkt', Key: 'k', ETag: '"m-1"', $metadata: { attempts: 1 } });
  expect(srv.seen).toHaveLength(1);
});

describe('Upload: a CompleteMultipartUpload that does not prove success', () => {
  // Two parts (5 MiB + 1 byte); every answer but Complete's as S3 gives it.
  function multipart(complete: Answer) {
    return serve((req) => {
      const q = req.url.searchParams;
      if (req.method === 'POST' && q.has('uploads')) return { status: 200, body: '<InitiateMultipartUploadResult><Bucket>bkt</Bucket><Key>big</Key><UploadId>up-1</UploadId></InitiateMultipartUploadResult>' };
      if (req.method === 'PUT' && q.has('partNumber')) return { status: 200, headers: { etag: `"part-${q.get('partNumber')}"` } };
      if (req.method === 'POST' && q.has('uploadId')) return complete;
      if (req.method === 'DELETE' && q.has('uploadId')) return { status: 204 };
      return { status: 400, body: '<Error><Code>InvalidRequest</Code><Message>unexpected</Message></Error>' };
    });
  }
  const calls = (seen: Seen[]) =>
    seen.map((s) => (s.url.searchParams.has('uploads') ? 'Create' : s.url.searchParams.has('partNumber') ? 'Part' : s.method === 'POST' ? 'Complete' : s.method === 'DELETE' ? 'Abort' : '?'));

  it.each<[string, Answer, unknown]>([
    ['an empty 200', { status: 200 }, ResponseParseError],
    ['an <Error> in the 200', { status: 200, body: '<Error><Code>InternalError</Code><Message>boom</Message></Error>' }, InternalError],
    ['a result without an ETag', { status: 200, body: '<CompleteMultipartUploadResult><Bucket>bkt</Bucket><Key>big</Key></CompleteMultipartUploadResult>' }, ResponseParseError],
  ])('%s: done() rejects and the upload is aborted', async (_kind, complete, type) => {
    const { srv, client } = await multipart(complete);
    const err = await new Upload({ client, params: { Bucket: 'bkt', Key: 'big', Body: new Uint8Array(5 * MiB + 1) } }).done().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(type);
    const seen = calls(srv.seen);
    // Complete is retried unless it answered a result (then it was read, and lacked the ETag).
    expect(seen.filter((c) => c === 'Complete')).toHaveLength(complete.body?.startsWith('<Complete') ? 1 : 3);
    expect(seen.at(-1)).toBe('Abort');
    expect(srv.seen.at(-1)!.url.searchParams.get('uploadId')).toBe('up-1');
  });
});
