// Bundles small entry files for the browser with esbuild (from source: core's build-time
// `#platform` alias resolved to its browser module) and checks that a bundle holds only what it imports: a
// GetObject-only bundle has no PutObject, no upload hashing, no control-plane lookup, no
// undici and no XML parser, and stays within a gzipped size budget.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const core = fileURLToPath(new URL('../../core/src/', import.meta.url));
// Budget for the client, one command and everything under them (core, zod/mini, the SigV4
// signer, pure-JS SHA-256), minified and gzipped.
const BUDGET = 40 * 1024;

const fromSource: Plugin = {
  name: 'skiff-from-source',
  setup(b) {
    b.onResolve({ filter: /^#platform$/ }, () => ({ path: `${core}platform/browser.ts` }));
    b.onResolve({ filter: /^@skiff\/core$/ }, () => ({ path: `${core}index.ts` }));
  },
};

async function bundle(names: string[]): Promise<{ code: string; gzip: number }> {
  const out = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './src/index.ts';`, resolveDir: pkg, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
    plugins: [fromSource],
  });
  const code = out.outputFiles[0]!.text;
  return { code, gzip: gzipSync(code).byteLength };
}

describe('browser bundles', () => {
  it('GetObject alone carries no other operation, no upload hashing, no undici, no XML parser', async () => {
    const { code, gzip } = await bundle(['MediaStoreDataClient', 'GetObjectCommand']);
    console.log(`MediaStoreDataClient + GetObjectCommand: ${code.length} bytes minified, ${gzip} gzipped`);
    expect(code).toContain('"GetObject"');
    for (const absent of ['"PutObject"', '"ListItems"', '"DeleteObject"', 'x-amz-upload-availability', 'ContentSHA256', 'MediaStore_20170901', 'ContainerNotActiveError', 'undici', 'XMLParser', 'node:']) {
      expect(code.includes(absent), `${absent} is in the bundle`).toBe(false);
    }
    expect(gzip).toBeLessThan(BUDGET);
  });

  it('PutObject brings its SHA-256 check along', async () => {
    const { code, gzip } = await bundle(['MediaStoreDataClient', 'PutObjectCommand']);
    console.log(`MediaStoreDataClient + PutObjectCommand: ${gzip} gzipped`);
    expect(code).toContain('"PutObject"');
    expect(code).toContain('ContentSHA256');
    expect(code).not.toContain('"GetObject"');
    expect(gzip).toBeLessThan(BUDGET);
  });
});
