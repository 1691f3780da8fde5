// What a browser bundle of one client and one command holds (esbuild, as a user's bundler
// would): only PutRecord of this package, a small share of its own, no Node-only code.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const pkg = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

async function bundle(contents: string) {
  const r = await build({
    stdin: { contents, resolveDir: pkg('kinesis'), loader: 'ts' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', absWorkingDir: pkg('kinesis'),
    alias: { '@skiff/kinesis': pkg('kinesis/src/index.ts'), '@skiff/core': pkg('core/src/index.ts'), '#platform': pkg('core/src/platform/browser.ts') },
  });
  const text = r.outputFiles[0]!.text;
  const inputs = Object.values(r.metafile.outputs)[0]!.inputs;
  const own = Object.entries(inputs).filter(([k]) => k.startsWith('src/')).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  return { text, own, inputs: Object.keys(inputs) };
}

describe('bundle of KinesisClient + PutRecordCommand', () => {
  it('leaves out the other operations, the reader, the routing and Node-only code', async () => {
    const b = await bundle(`import { KinesisClient, PutRecordCommand } from '@skiff/kinesis';
      const c = new KinesisClient({ region: 'us-east-1' });
      export const go = () => c.send(new PutRecordCommand({ StreamName: 's', PartitionKey: 'k', Data: 'x' }));`);
    for (const name of ['GetRecords', 'SplitShard', 'MergeShards', 'DescribeStream', 'ListStreams', 'CreateStream']) expect(b.text, name).not.toContain(name);
    const ours = b.inputs.filter((k) => k.startsWith('src/'));
    expect(ours.some((k) => /ShardReader|planStart|shardForPartitionKey|paginators|waiters/.test(k)), ours.join(', ')).toBe(false);
    expect(b.inputs.some((k) => /undici|node:|fast-xml-parser/.test(k))).toBe(false);
    // This package's own share (schemas, errors, service, one operation) stays small.
    expect(ours).toContain('src/operations/putRecord.ts');
    expect(b.own).toBeGreaterThan(500);
    expect(b.own).toBeLessThan(3_000);
  });

  it('adds the reader only to the bundles that use it', async () => {
    const b = await bundle(`import { KinesisClient, readStream } from '@skiff/kinesis';
      export const go = () => readStream(new KinesisClient({ region: 'us-east-1' }), { StreamName: 's' });`);
    expect(b.inputs).toContain('src/ShardReader.ts');
    expect(b.text).toContain('GetRecords');
    expect(b.text).not.toContain('PutRecord');
  });
});
