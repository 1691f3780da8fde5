import { build } from 'esbuild';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
const ROOT = process.cwd();
const SRC = resolve(ROOT, 'packages/core/src');
const kin = process.argv[2] === 'kinesis';
const src = kin ? `import { KinesisClient, PutRecordCommand } from '${ROOT}/packages/kinesis/src/index.ts';
const client = new KinesisClient({ region: 'us-east-1' });
export const run = (data) => client.send(new PutRecordCommand({ StreamName: 'events', PartitionKey: 'user-1', Data: data }));` : `import { MediaStoreDataClient, GetObjectCommand } from '${ROOT}/packages/mediastore-data/src/index.ts';
const client = new MediaStoreDataClient({ region: 'us-east-1', endpoint: 'https://abc.data.mediastore.us-east-1.amazonaws.com' });
export const run = async () => (await client.send(new GetObjectCommand({ Path: 'clips/a.mp4', Range: 'bytes=0-1023' }))).Body.transformToByteArray();`;
const r = await build({ stdin: { contents: src, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true,
  define: { __CJS__: 'false', __NODE_FILE__: 'false' },
  plugins: [{ name: 'p', setup(b) {
    b.onResolve({ filter: /^#platform$/ }, () => ({ path: resolve(SRC, 'platform/browser.ts') }));
    b.onResolve({ filter: /^@skiff\/core$/ }, () => ({ path: resolve(SRC, 'index.ts') }));
    b.onResolve({ filter: /^@skiff\/core\/zod$/ }, () => ({ path: resolve(SRC, 'zod.ts') }));
    b.onResolve({ filter: /^@skiff\/core\/xml$/ }, () => ({ path: resolve(SRC, 'xml.ts') }));
  } }] });
const out = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const [n, k] of rows) if (n > 150) console.log(String(n).padStart(6), k.replace(/.*node_modules\//, 'nm/'));
writeFileSync('/tmp/bprobe/min.js', r.outputFiles[0].text);
const { gzipSync } = await import('node:zlib');
console.log('total', r.outputFiles[0].contents.length, 'gzip', gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
