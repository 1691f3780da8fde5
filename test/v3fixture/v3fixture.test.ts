// The v3 fixture (fixture/*.ts): code written for the AWS SDK v3 with only its import paths
// changed, one file per service package, covering every command, enums, typed errors by
// instanceof, $metadata, paginators, waiters, getSignedUrl and Upload. The built packages are
// installed into a user's project (bundle.ts's userProject: node_modules/@skiff/* resolved
// through each package's exports, as after `npm install`), and the fixture
//   1. compiles with `tsc --strict` under three resolutions: node16 (ESM), bundler, node10 (CJS);
//   2. runs, as ESM through tsx and as the CommonJS tsc emits, against kinesalite, moto and the
//      local MediaStore server, and every call is answered as the fixture expects: success, or
//      the typed error it names.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMediaStoreLocal, type MediaStoreLocal } from '@skiff/mediastore-local';
import { startKinesalite, startMoto, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, userProject } from '../bundles/bundle.js';
import type { Outcome } from './fixture/record.js';

const run = promisify(execFile);
const FIXTURE = fileURLToPath(new URL('./fixture/', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const PACKAGES = ['core', 'kinesis', 'mediastore', 'mediastore-data', 's4-s3', 's4-iam'];

/** The commands each package exports (`XCommand` classes), which the fixture must all send. */
async function commandsOf(project: string, pkg: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `const m = await import('@skiff/${pkg}'); console.log(JSON.stringify(Object.keys(m).filter((k) => /^[A-Z]\\w+Command$/.test(k) && typeof m[k] === 'function')));`], { cwd: project });
  return (JSON.parse(stdout) as string[]).map((c) => c.slice(0, -'Command'.length)).sort();
}

const compilerOptions = { strict: true, noEmit: true, target: 'es2022', lib: ['es2022'], types: ['node'], skipLibCheck: false, forceConsistentCasingInFileNames: true };
const RESOLUTIONS = {
  // ESM as Node runs it: "type": "module", module/moduleResolution node16.
  node16: { dir: 'esm', options: { module: 'node16', moduleResolution: 'node16' } },
  // A bundler's resolution (Vite, esbuild, webpack): module esnext, moduleResolution bundler.
  bundler: { dir: 'esm', options: { module: 'esnext', moduleResolution: 'bundler' } },
  // CommonJS with the old resolution (main/types, no exports): a "type": "commonjs" folder.
  // esModuleInterop as `tsc --init` sets it: core's types import zod/mini, and under node10
  // without it zod's own zod/v4/locales/index.d.cts fails to check (TS1259, default imports).
  node10: { dir: 'cjs', options: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true } },
} as const;

let project: ReturnType<typeof userProject>;

beforeAll(() => {
  ensureBuilt(PACKAGES);
  project = userProject();
  // What a user installs next to the packages: typescript, @types/node, tsx.
  for (const dep of ['typescript', 'tsx', '@types/node']) {
    mkdirSync(join(project.dir, 'node_modules', ...dep.split('/').slice(0, -1)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(project.dir, 'node_modules', dep), 'dir');
  }
  for (const [dir, type] of [['esm', 'module'], ['cjs', 'commonjs']] as const) {
    mkdirSync(join(project.dir, dir));
    writeFileSync(join(project.dir, dir, 'package.json'), JSON.stringify({ name: `v3-fixture-${dir}`, private: true, type }));
    for (const f of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, f), join(project.dir, dir, f));
  }
  for (const [name, { dir, options }] of Object.entries(RESOLUTIONS)) {
    writeFileSync(join(project.dir, dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, include: ['*.ts'] }, null, 2));
  }
}, 600_000);

afterAll(() => project?.cleanup());

describe('the v3 fixture compiles unchanged under --strict', () => {
  for (const [name, { dir }] of Object.entries(RESOLUTIONS)) {
    it(`tsc --strict, ${name} resolution`, async () => {
      const r = await run(process.execPath, [TSC, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], { cwd: join(project.dir, dir), maxBuffer: 16 * 1024 * 1024 }).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
      );
      if (r.code !== 0) console.log(`tsc (${name}) errors:\n${r.out}`);
      expect(r.out.trim(), `tsc (${name})`).toBe('');
      expect(r.code).toBe(0);
    }, 300_000);
  }
});

// Run twice, each against servers of its own: the ESM sources through tsx, and the CommonJS
// that tsc (node10) emits, run by plain Node (require() of the packages' CJS builds).
const RUNNERS = {
  'ESM, through tsx': async (): Promise<string[]> => [TSX, join(project.dir, 'esm', 'main.ts')],
  'CommonJS emitted by tsc (node10), run by node': async (): Promise<string[]> => {
    const cjs = join(project.dir, 'cjs');
    await run(process.execPath, [TSC, '-p', 'tsconfig.node10.json', '--noEmit', 'false', '--outDir', 'out'], { cwd: cjs, maxBuffer: 16 * 1024 * 1024 });
    return [join(cjs, 'out', 'main.js')];
  },
};

describe.each(Object.entries(RUNNERS))('the v3 fixture runs against kinesalite, moto and the local MediaStore server: %s', (_name, command) => {
  let moto: Peer;
  let kinesalite: Peer;
  let mediastore: MediaStoreLocal;
  beforeAll(async () => {
    [moto, kinesalite, mediastore] = await Promise.all([startMoto(), startKinesalite(), startMediaStoreLocal()]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([moto?.stop(), kinesalite?.stop(), mediastore?.close()]);
  });

  it('sends every command of the five packages; each answers with success or the typed error expected', async () => {
    const env = {
      ...process.env,
      KINESIS_ENDPOINT: kinesalite.endpoint,
      S3_ENDPOINT: moto.endpoint,
      IAM_ENDPOINT: moto.endpoint,
      MEDIASTORE_ENDPOINT: mediastore.endpoint,
      MEDIASTORE_REGION: mediastore.region,
    };
    const args = await command();
    const { stdout } = await run(process.execPath, args, { cwd: project.dir, env, maxBuffer: 16 * 1024 * 1024, timeout: 400_000 });
    const outcomes = JSON.parse(stdout.trim().split('\n').at(-1)!) as Outcome[];
    const unexpected = outcomes.filter((o) => o.outcome === 'UNEXPECTED');
    if (unexpected.length) console.log(`unexpected outcomes:\n${unexpected.map((o) => `  ${o.service} ${o.operation}: ${o.detail}`).join('\n')}`);
    expect(unexpected).toEqual([]);

    const summary: string[] = [];
    for (const pkg of ['kinesis', 'mediastore', 'mediastore-data', 's4-s3', 's4-iam']) {
      const mine = outcomes.filter((o) => o.service === pkg);
      const sent = new Set(mine.map((o) => o.operation.replace(/ \(.*\)$/, '')));
      const commands = await commandsOf(project.dir, pkg);
      // Every command the package exports was sent, and answered by the server (an HTTP status).
      expect(commands.filter((c) => !sent.has(c)), `${pkg}: commands the fixture does not send`).toEqual([]);
      for (const c of commands) {
        expect(mine.some((o) => o.operation.replace(/ \(.*\)$/, '') === c && o.status !== undefined), `${pkg} ${c}: no server answer`).toBe(true);
      }
      const ok = new Set(mine.filter((o) => o.outcome === 'ok' && commands.includes(o.operation)).map((o) => o.operation));
      const typed = commands.filter((c) => !ok.has(c));
      summary.push(`${pkg}: ${commands.length} commands (${ok.size} succeed, ${typed.length} answered only with an expected typed error), ${mine.length} calls and steps`);
    }
    console.log(`v3 fixture against the servers:\n  ${summary.join('\n  ')}`);
  }, 600_000);
});
