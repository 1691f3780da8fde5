// AWS's own v3 examples (javascriptv3/example_code in awsdocs/aws-doc-sdk-examples), adapted
// with only imports and client set-up changed (README.md lists what else a v3 user changes),
// run in order against kinesalite and moto, each checked by what it prints.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKinesalite, startMoto, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let moto: Peer;
let kinesalite: Peer;
const dir = mkdtempSync(join(tmpdir(), 'skiff-v3-examples-'));

beforeAll(async () => {
  [moto, kinesalite] = await Promise.all([startMoto(), startKinesalite()]);
  process.env.S3_ENDPOINT = moto.endpoint;
  process.env.IAM_ENDPOINT = moto.endpoint;
  process.env.KINESIS_ENDPOINT = kinesalite.endpoint;
  // The examples take keys from the environment, as v3's do (any keys: moto and kinesalite
  // check signatures' form, not their keys).
  process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLES';
  process.env.AWS_SECRET_ACCESS_KEY = 'examples-secret';
});
afterAll(async () => {
  await Promise.all([moto?.stop(), kinesalite?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Runs an example's main and returns what it printed (console.log and console.error). */
async function printed(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const keep = (...a: unknown[]) => void lines.push(a.map(String).join(' '));
  const log = vi.spyOn(console, 'log').mockImplementation(keep);
  const error = vi.spyOn(console, 'error').mockImplementation(keep);
  try {
    await run();
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return lines.join('\n');
}

describe('S3 examples against moto', () => {
  const bucketName = 'v3-examples';

  it('create-bucket: created, then BucketAlreadyOwnedByYou on the second run', async () => {
    const { main } = await import('./s3/create-bucket.js');
    expect(await printed(() => main({ bucketName }))).toMatch(/^Bucket created with location \/v3-examples/);
    // us-east-1 S3 answers a repeated create by its owner with success; either is v3's behaviour.
    expect(await printed(() => main({ bucketName }))).toMatch(/^(Bucket created|The bucket "v3-examples" already exists in this AWS account)/);
  });

  it('put-object: from a string and from a file', async () => {
    const { main } = await import('./s3/put-object.js');
    const file = join(dir, 'hello.txt');
    writeFileSync(file, 'Hello from a file');
    expect(await printed(() => main({ bucketName, key: 'a.txt', text: 'Hello, v3 code!' }))).toMatch(/^PutObject: HTTP 200, ETag "[0-9a-f]{32}"$/);
    expect(await printed(() => main({ bucketName, key: 'b.txt', filePath: file }))).toMatch(/^PutObject: HTTP 200/);
  });

  it('get-object: transformToString, then NoSuchKey by instanceof', async () => {
    const { main } = await import('./s3/get-object.js');
    expect(await printed(() => main({ bucketName, key: 'a.txt' }))).toBe('Hello, v3 code!');
    expect(await printed(() => main({ bucketName, key: 'missing.txt' }))).toBe('Error from S3 while getting object "missing.txt" from "v3-examples". No such key exists.');
  });

  it('download-to-file: the Body piped to a file with stream.pipeline', async () => {
    const { main } = await import('./s3/download-to-file.js');
    expect(await printed(() => main({ bucketName, key: 'b.txt', filePath: join(dir, 'out.txt') }))).toBe('Downloaded 17 bytes; the file holds 17');
  });

  it('copy-object, then list-objects (the ContinuationToken loop and the paginator)', async () => {
    const copy = await import('./s3/copy-object.js');
    expect(await printed(() => copy.main({ sourceBucket: bucketName, sourceKey: 'a.txt', destinationBucket: bucketName, destinationKey: 'c.txt' }))).toMatch(
      /^Successfully copied v3-examples\/a.txt to v3-examples\/c.txt; ETag "[0-9a-f]{32}"$/,
    );
    const list = await import('./s3/list-objects.js');
    const out = await printed(() => list.main({ bucketName }));
    expect(out).toContain(' • a.txt\n • b.txt\n • c.txt');
    expect(out).toContain('paginator: a.txt, b.txt, c.txt');
  });

  it('bucket policy: put, get, delete, then NoSuchBucketPolicy by name', async () => {
    const { main } = await import('./s3/bucket-policy.js');
    const out = await printed(() => main({ bucketName }));
    expect(out).toBe('Policy for "v3-examples": AllowGetObject\nBucket policy deleted: NoSuchBucketPolicy (HTTP 404)');
  });

  it('delete-objects, then DeleteBucket and the bucket-not-exists waiter; NoSuchBucket after', async () => {
    const { main } = await import('./s3/delete-objects.js');
    const out = await printed(() => main({ bucketName, keys: ['a.txt', 'b.txt', 'c.txt'] }));
    expect(out).toMatch(/^Successfully deleted 3 objects from S3 bucket\. Deleted objects:\n • a\.txt\n • b\.txt\n • c\.txt\nBucket v3-examples deleted$/);
    expect(await printed(() => main({ bucketName, keys: ['a.txt'] }))).toBe("Error from S3 while deleting objects from v3-examples. The bucket doesn't exist.");
  });
});

describe('IAM examples against moto', () => {
  it('list-policies: every policy through the paginator, capped', async () => {
    const { main } = await import('./iam/list-policies.js');
    let names: string[] = [];
    // Scope 'All': S4 does not support the other scopes (it lists everything), so s4-iam refuses them.
    const out = await printed(async () => (names = await main({ scope: 'All', max: 25 })));
    expect(names).toHaveLength(25);
    expect(out).toBe(`25 policies, first: ${names[0]}`);
  });

  it('get-policy: a managed policy and its default version; NoSuchEntity by instanceof', async () => {
    const { main } = await import('./iam/get-policy.js');
    expect(await printed(() => main({ policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))).toMatch(/^ReadOnlyAccess v\d+: \d+ statement\(s\)$/);
    expect(await printed(() => main({ policyArn: 'arn:aws:iam::aws:policy/NoSuchPolicyHere' }))).toBe('No such policy: NoSuchEntity');
  });
});

describe('Kinesis examples against kinesalite', () => {
  const streamName = 'v3-examples';

  it('create-stream and its waiter; ResourceInUseException on the second run', async () => {
    const { main } = await import('./kinesis/create-stream.js');
    expect(await printed(() => main({ streamName, shardCount: 2 }))).toBe('Stream v3-examples: SUCCESS');
    expect(await printed(() => main({ streamName, shardCount: 2 }))).toBe('Stream v3-examples already exists');
  });

  it('put-record, put-records, then get-records reads them all back', async () => {
    const put = await import('./kinesis/put-record.js');
    const out = await printed(() => put.main({ streamName, records: ['one', 'two', 'three'] }));
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toMatch(/^put "one" into shardId-\d{12} at \d+$/m);
    const batch = await import('./kinesis/put-records.js');
    const outBatch = await printed(() => batch.main({ streamName, records: ['four', 'five'] }));
    expect(outBatch).toMatch(/^put "four" into shardId-\d{12} at \d+\nput "five" into shardId-\d{12} at \d+\n0 failed$/);
    const get = await import('./kinesis/get-records.js');
    const read = await printed(() => get.main({ streamName }));
    expect(read).toMatch(/^read 5 records: /);
    expect(read.replace(/^read 5 records: /, '').split(', ').sort()).toEqual(['five', 'four', 'one', 'three', 'two']);
  });

  it('list-and-delete-streams: the paginator, DeleteStream and the not-exists waiter', async () => {
    const { main } = await import('./kinesis/list-and-delete-streams.js');
    expect(await printed(() => main({ streamName }))).toBe('streams: v3-examples\nStream v3-examples deleted');
  });
});
