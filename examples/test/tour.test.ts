// The demo tour end to end, as `npm run demo` runs it: every part passes and says what it
// did, the servers it started are gone afterwards, a missing moto is loud and exits 2, and
// Ctrl-C stops the servers too.
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointsIn, ensureBuilt, isDown, requireMoto, runExample, start } from './run.js';

beforeAll(async () => {
  ensureBuilt();
});

describe('demo/tour.ts', () => {
  it('runs every part against the local servers, exits 0, and stops the servers', async () => {
    await requireMoto();
    const run = await runExample(['demo/tour.ts']);
    expect(run.code, `${run.out}\n${run.err}`).toBe(0);
    const out = run.out;
    // The servers, started and then stopped.
    const endpoints = endpointsIn(out.slice(0, out.indexOf('MediaStore +')));
    expect(endpoints).toHaveLength(3);
    for (const e of endpoints) expect(await isDown(e), `${e} still answers after the tour`).toBe(true);
    // MediaStore: the waiter, the live read of a STREAMING upload, the range.
    expect(out).toContain('waitUntilContainerActive → SUCCESS');
    expect(out).toMatch(/GetObject read 262144 bytes while the upload was still waiting/);
    expect(out).toContain('the live reader followed it to the end: 1048576 bytes, identical');
    expect(out).toContain('206 bytes 300000-300099/1048576, 100 bytes');
    // Kinesis: the split, and the reader across it.
    expect(out).toMatch(/shardId-000000000001 \(child of shardId-000000000000\) open/);
    expect(out).toMatch(/read 120 records: shardId-000000000000 60, /);
    expect(out).toContain('each record exactly once');
    expect(out).toContain('a reader resumed from that checkpoint read 0 more');
    // S3: progress to 100 % (plain lines: stdout is a pipe here), paging, the presigned fetch.
    expect(out).toContain('progress: 64.0 MiB / 64.0 MiB (100%)');
    expect(out).not.toContain('\r');
    expect(out).toMatch(/page 2: videos\/big\.bin 67108864 bytes/);
    expect(out).toContain('fetch → 200, 64.0 MiB');
    expect(out).toContain('identical to the generated file');
    // IAM: capped and resumed listing, attach and list.
    expect(out).toContain('250 policies on 3 pages');
    expect(out).toMatch(/resumed: policies 251\.\.255 are \S+/);
    expect(out).toContain('skiff-tour-user has: ReadOnlyAccess');
    // Every step timed, and the verdict.
    expect(out.match(/^ {4}✓ \d+(\.\d+)? m?s$/gm)).toHaveLength(16);
    expect(out).toMatch(/Tour complete: every step passed in \d/);
    expect(out).not.toContain('SKIPPED');
  }, 300_000);

  it('without moto: runs MediaStore and Kinesis, says loudly that S3 and IAM were skipped, exits 2', async () => {
    const run = await runExample(['demo/tour.ts'], { SKIFF_NO_MOTO: '1' });
    expect(run.code, `${run.out}\n${run.err}`).toBe(2);
    expect(run.out).toContain('moto              NOT STARTED');
    expect(run.out).toContain('a reader resumed from that checkpoint read 0 more');
    expect(run.out).toContain('!! S3 and IAM were SKIPPED: SKIFF_NO_MOTO=1 is set.');
    expect(run.out).toContain('python3 -m moto.server');
    expect(run.out).not.toContain('S4 S3 (');
    expect(run.out).not.toContain('Tour complete');
    for (const e of endpointsIn(run.out)) expect(await isDown(e)).toBe(true);
  }, 300_000);

  it('Ctrl-C stops the servers it started and exits 130', async () => {
    const tour = start(['demo/tour.ts'], { SKIFF_NO_MOTO: '1' });
    await tour.waitFor(/^Kinesis \(/m, 120_000);
    // Only the tour's own process gets the signal: kinesalite, its child, goes only if the
    // tour stops it.
    tour.child.kill('SIGINT');
    const run = await tour.done;
    expect(run.code, `${run.out}\n${run.err}`).toBe(130);
    expect(run.err).toContain('Ctrl-C: stopping the local servers');
    const endpoints = endpointsIn(run.out);
    expect(endpoints).toHaveLength(2);
    for (const e of endpoints) expect(await isDown(e), `${e} still answers after Ctrl-C`).toBe(true);
  }, 300_000);
});
