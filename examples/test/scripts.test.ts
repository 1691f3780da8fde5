// Every short script in examples/ runs as its README line says (tsx, built packages), starts
// its own server, exits 0, prints what it promises, and leaves no server behind.
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointsIn, ensureBuilt, isDown, requireMoto, runExample } from './run.js';

beforeAll(() => {
  ensureBuilt();
});

async function ok(file: string): Promise<string> {
  const run = await runExample([file]);
  expect(run.code, `${file}\n${run.out}\n${run.err}`).toBe(0);
  expect(run.out).toMatch(/^\(no \w+_ENDPOINT given: started \S+ at http:\/\/127\.0\.0\.1:\d+;/);
  for (const e of endpointsIn(run.out.split('\n')[0]!)) expect(await isDown(e), `${file} left ${e} running`).toBe(true);
  return run.out;
}

describe('examples', () => {
  it('kinesis/listStreams.ts: pages of 2, maxItems 5, then resumes after the 5th', async () => {
    const out = await ok('kinesis/listStreams.ts');
    expect(out).toContain("page: [ 'example-5' ]");
    expect(out).toMatch(/stopped after 5; resumeToken: \S+/);
    expect(out).toContain("resumed page: [ 'example-6', 'example-7' ]");
  }, 180_000);

  it('kinesis/shardReader.ts: 12 read, the rest resumed from the checkpoint file, then only the new ones', async () => {
    const out = await ok('kinesis/shardReader.ts');
    expect(out).toMatch(/first reader .*: read 12 records/);
    expect(out).toMatch(/second reader .*: read 18 records/);
    expect(out).toMatch(/third reader .*: read 5 records/);
  }, 180_000);

  it('mediastore/containers.ts: waiters, paginator, typed errors', async () => {
    const out = await ok('mediastore/containers.ts');
    expect(out).toMatch(/example_a is ACTIVE; data endpoint http:\/\/127\.0\.0\.1:\d+\/_data\/example_a/);
    expect(out).toContain('page: example_a (ACTIVE), example_b (ACTIVE)');
    expect(out).toContain('page: example_c (ACTIVE)');
    expect(out).toMatch(/ContainerNotFoundException \(HTTP 400, client fault\)/);
    expect(out).toMatch(/ParamValidationError, nothing sent: ContainerName: /);
    expect(out).toContain('deleted example_a, example_b, example_c');
  }, 180_000);

  it('mediastore-data/objects.ts: stream upload, range, ListItems pages, presigned GET', async () => {
    const out = await ok('mediastore-data/objects.ts');
    expect(out).toContain('ranged read: 206 bytes 0-12/1400 "clip number 3"');
    expect(out).toContain('ListItems page: clip-4.txt (1400 bytes)');
    expect(out).toContain('presigned GET with fetch: 200, 1400 bytes');
  }, 180_000);

  it('s4-s3/listObjects.ts: 15 with maxItems, the other 10 from the resume token', async () => {
    await requireMoto();
    const out = await ok('s4-s3/listObjects.ts');
    expect(out).toContain('page of 5: logs/010.txt … logs/014.txt');
    expect(out).toContain('resumed page of 10: logs/015.txt … logs/024.txt');
    expect(out).toContain('second run: the other 10');
  }, 180_000);

  it('s4-s3/presignedUrls.ts: PUT and GET through presigned URLs with fetch', async () => {
    await requireMoto();
    const out = await ok('s4-s3/presignedUrls.ts');
    expect(out).toContain('PUT through the presigned URL: 200');
    expect(out).toContain('HeadObject: 26 bytes, text/plain');
    expect(out).toContain('GET through the presigned URL: 200 "hello from a presigned URL"');
  }, 180_000);

  it('s4-iam/listPolicies.ts: capped and resumed listing, a document, NoSuchEntity', async () => {
    await requireMoto();
    const out = await ok('s4-iam/listPolicies.ts');
    expect(out).toMatch(/page: 20 policies/);
    expect(out).toMatch(/page: 10 policies/);
    expect(out).toMatch(/resumed after the 30th: \S+, \S+, \S+/);
    expect(out).toMatch(/ReadOnlyAccess v\d+: \d+ statement/);
    expect(out).toContain('NoSuchEntity (HTTP 404)');
  }, 180_000);
});
