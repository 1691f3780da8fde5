#!/usr/bin/env node
// The README's commands land here, so that on a fresh machine with only Node and npm
// `npm test` and `npm run demo` do all the set-up themselves: pnpm (through npx when it is
// not installed), the workspace install, the package builds, then the work itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const task = process.argv[2] ?? 'test';
const rest = process.argv.slice(3);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...opts.env }, shell: false });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function pnpm() {
  const probe = spawnSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().split('.')[0] === PNPM_VERSION.split('.')[0]) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

function step(title, cmd, args, opts) {
  console.log(`\n▶ ${title}`);
  const code = run(cmd, args, opts);
  if (code !== 0) {
    console.error(`✗ ${title} failed (exit ${code})`);
    if (task === 'test') console.log('\n0 passed, 1 failed');
    process.exit(code);
  }
}

/** Packages whose dist is missing or older than a file of their src, package.json or tsup config (the service packages' is scripts/tsupService.ts). */
function staleBuilds() {
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const st = statSync(path);
    if (!st.isDirectory()) return st.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
  };
  const stale = [];
  for (const name of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', name);
    const pkg = join(dir, 'package.json');
    if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.build) continue;
    const built = existsSync(join(dir, 'dist', 'index.js')) ? statSync(join(dir, 'dist', 'index.js')).mtimeMs : 0;
    if (built < Math.max(newest(join(dir, 'src')), newest(pkg), newest(join(dir, 'tsup.config.ts')), newest(join(root, 'scripts', 'tsupService.ts')))) stale.push(name);
  }
  return stale;
}

const [pn, pre] = pnpm();
const p = (...a) => [pn, [...pre, ...a]];

if (process.env.SKIFF_SKIP_INSTALL !== '1') {
  step('install', ...p('install', '--frozen-lockfile', '--prefer-offline'));
}
// `npm run bench` skips the build (minutes of type declarations) when every package's dist
// is newer than its sources; test and demo always build.
if (task !== 'bench' || staleBuilds().length) step('build packages', ...p('-r', '--filter', './packages/*', 'run', 'build'));
else console.log('\n▶ build packages: every dist is newer than its sources, not rebuilt');

/**
 * The browser end-to-end test drives headless Chromium at /usr/bin/chromium (npm's browser
 * downloads are not available everywhere; Debian's package is). When it is missing and the
 * machine allows it (root and apt-get), it is installed here; otherwise one line says why the
 * browser test will fail, before the tests start rather than after minutes of them.
 */
function ensureChromium() {
  const CHROMIUM = '/usr/bin/chromium';
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.log(`\n! Chromium is not at ${CHROMIUM} and cannot be installed here (${!apt ? 'no apt-get' : 'not root'}): the browser end-to-end test will fail. Install it (Debian: sudo apt-get install -y chromium) and run npm test again.`);
    return;
  }
  console.log('\n▶ install Chromium (Debian package, for the browser end-to-end test)');
  const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(CHROMIUM)) console.log(`\n! Chromium could not be installed (apt-get exit ${r.status}): the browser end-to-end test will fail.`);
}

if (task === 'test') {
  if (process.env.SKIFF_SKIP_CHROMIUM !== '1') ensureChromium();
  step('type-check', ...p('exec', 'tsc', '-p', 'tsconfig.json', '--noEmit'));
  const out = join(root, '.vitest-results.json');
  rmSync(out, { force: true });
  console.log('\n▶ tests');
  const code = run(pn, [...pre, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...rest]);
  let passed = 0;
  let failed = 0;
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed = r.numPassedTests ?? 0;
    failed = (r.numFailedTests ?? 0) + (r.numRuntimeErrorTests ?? 0);
    // A suite that failed to load has no tests counted: count it as a failure.
    for (const f of r.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed++;
  } else failed = 1;
  if (code !== 0 && failed === 0) failed = 1;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code !== 0 || failed > 0 ? 1 : 0);
} else if (task === 'demo') {
  process.exit(run(pn, [...pre, '--filter', '@skiff/examples', 'exec', 'tsx', 'demo/tour.ts', ...rest]));
} else if (task === 'bench') {
  // bench/tsconfig.json has no `paths` to the packages: the benchmarks import the built packages.
  process.exit(run(pn, [...pre, 'exec', 'tsx', '--tsconfig', 'bench/tsconfig.json', 'bench/run.ts', ...rest]));
} else {
  console.error(`unknown task ${task}`);
  process.exit(2);
}
