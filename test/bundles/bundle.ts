// Bundling the built packages the way a user's bundler would: esbuild `--bundle --minify
// --platform=browser --format=esm` over the packages' dist, reached through their
// package.json `exports` (the default conditions: core's entries for bundlers), never through
// the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGES_DIR = join(ROOT, 'packages');

/** The packages that are published (testkit is private and never bundled). */
export const PUBLISHED = ['core', 'mediastore', 'mediastore-data', 'kinesis', 's4-s3', 's4-iam', 'mediastore-local'] as const;
/** The packages a browser user bundles. */
export const BROWSER_PACKAGES = ['core', 'mediastore', 'mediastore-data', 'kinesis', 's4-s3', 's4-iam'] as const;

/**
 * Builds the packages when a dist is missing. The normal flow (scripts/run.mjs) builds
 * before the tests run, so this only happens when the suite is run on its own.
 */
export function ensureBuilt(names: readonly string[] = PUBLISHED): void {
  const missing = names.filter((n) => !existsSync(join(PACKAGES_DIR, n, 'dist', 'index.js')));
  if (!missing.length) return;
  const r = spawnSync('pnpm', ['-r', '--filter', './packages/*', 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the packages failed (missing dist: ${missing.join(', ')})`);
}

/**
 * A directory laid out like a user's project: `node_modules/@skiff/<name>` links to each
 * package folder, so resolution goes through the package.json `exports` exactly as after
 * `npm install`, and the packages' own dependencies resolve from where they really live.
 * It also holds an empty tsconfig: without it esbuild would apply the monorepo's tsconfig
 * `paths` (which point `@skiff/*` and `#platform` at the TypeScript sources) to the dist
 * files, which no user has.
 */
export function userProject(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'skiff-bundles-'));
  mkdirSync(join(dir, 'node_modules', '@skiff'), { recursive: true });
  for (const name of readdirSync(PACKAGES_DIR)) {
    if (existsSync(join(PACKAGES_DIR, name, 'package.json'))) symlinkSync(join(PACKAGES_DIR, name), join(dir, 'node_modules', '@skiff', name), 'dir');
  }
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  writeFileSync(join(dir, 'package.json'), '{ "name": "skiff-bundle-check", "private": true, "type": "module" }\n');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BundleResult {
  /** Minified bytes. */
  raw: number;
  /** gzip -9 bytes. */
  gzip: number;
  code: string;
  metafile: Metafile;
  /** Every module in the bundle, as a path relative to the repository (node_modules paths shortened). */
  inputs: string[];
  /** Imports esbuild could not bundle (Node built-ins) that something in the graph asked for. */
  builtins: string[];
  /** The directory esbuild ran in (its metafile paths are relative to it). */
  base: string;
}

/**
 * Bundles `source` (an entry module's text) as a browser user's bundler would. Node
 * built-ins are recorded and left external instead of failing the build, so a test can
 * name the module that asked for them.
 */
export async function bundle(project: string, name: string, source: string, extra: { platform?: 'browser' | 'node'; plugins?: Plugin[] } = {}): Promise<BundleResult> {
  const entry = join(project, `${name}.mjs`);
  writeFileSync(entry, source);
  const builtins: string[] = [];
  const recordBuiltins: Plugin = {
    name: 'record-builtins',
    setup(b) {
      b.onResolve({ filter: /^node:|^(assert|buffer|crypto|events|fs|http|https|net|os|path|stream|tls|url|util|zlib|worker_threads|perf_hooks|async_hooks|diagnostics_channel|child_process|string_decoder|querystring|dns|console|timers)(\/.*)?$/ }, (args) => {
        builtins.push(`${args.path} (from ${shorten(args.importer, project)})`);
        return { path: args.path, external: true };
      });
    },
  };
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: extra.platform ?? 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    tsconfig: join(project, 'tsconfig.json'),
    absWorkingDir: project,
    plugins: [recordBuiltins, ...(extra.plugins ?? [])],
  });
  const out = r.outputFiles[0]!;
  const inputs = Object.keys(r.metafile.inputs).map((p) => shorten(p, project));
  return { raw: out.contents.byteLength, gzip: gzipSync(out.contents, { level: 9 }).byteLength, code: out.text, metafile: r.metafile, inputs, builtins, base: project };
}

/** Where the bytes of a bundle come from, largest first (for a failure message or a report). */
export function composition(r: BundleResult, top = 25): string {
  const output = Object.values(r.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .map(([path, v]) => [shorten(path, r.base), v.bytesInOutput] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([path, n]) => `  ${String(n).padStart(7)}  ${path}`)
    .join('\n');
}

// `../../node_modules/.pnpm/zod@4.1.12/node_modules/zod/v4/core/schemas.js` → `zod/v4/core/schemas.js`
// esbuild's metafile paths are relative to its working directory (the temporary project),
// so they are resolved against that, wherever the checkout and the temp folder are.
function shorten(p: string, base = ROOT): string {
  const abs = isAbsolute(p) ? p : resolve(base, p);
  const nm = abs.lastIndexOf('/node_modules/');
  if (nm >= 0) return abs.slice(nm + '/node_modules/'.length);
  const rel = relative(ROOT, abs);
  return rel.startsWith('..') ? p : rel;
}

/** The operation names a service package declares (`defineOperation({ name: 'X', … })`). */
export function operationNames(pkg: string): string[] {
  const dir = join(PACKAGES_DIR, pkg, 'src', 'operations');
  const names: string[] = [];
  for (const f of readdirSync(dir)) {
    const m = /defineOperation\b[^(]*\(\s*\{\s*name:\s*'(\w+)'/.exec(readFileSync(join(dir, f), 'utf8'));
    if (m) names.push(m[1]!);
  }
  return names;
}

/** An operation's name as a string literal in minified code, in any quoting. */
export function mentionsName(code: string, name: string): boolean {
  return code.includes(`"${name}"`) || code.includes(`'${name}'`) || code.includes(`\`${name}\``);
}

export const kb = (bytes: number) => (bytes / 1000).toFixed(2);
