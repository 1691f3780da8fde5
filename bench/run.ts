// `npm run bench`: Skiff side by side with the AWS SDK v3 (@aws-sdk/client-*), same work, same
// local servers (started here as child processes on 127.0.0.1 and stopped at the end), one
// table. Options: --only a,b (sections), --quick, --rounds N, --out FILE (the report as
// Markdown), --list. See BENCHMARKS.md.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { machine } from './lib/machine.js';
import type { Options, Section } from './lib/section.js';
import { renderTable, type Row } from './lib/table.js';
import { kinesis, mediastore, iam } from './sections/requests.js';
import { producer } from './sections/producer.js';
import { s3 } from './sections/s3.js';
import { sign } from './sections/sign.js';
import { upload } from './sections/upload.js';
import { paginate } from './sections/paginate.js';
import { cold } from './sections/cold.js';
import { bundles } from './sections/bundle.js';
import { chunked } from './sections/chunked.js';

const SECTIONS: Section[] = [sign, chunked, kinesis, producer, mediastore, iam, s3, upload, paginate, cold, bundles];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    out: { type: 'string' },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || values.list) {
  console.log('npm run bench -- [--only ' + SECTIONS.map((s) => s.id).join(',') + '] [--quick] [--rounds N] [--out FILE]\n');
  for (const s of SECTIONS) console.log(`  ${s.id.padEnd(11)} ${s.title}`);
  process.exit(0);
}

const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((id) => !SECTIONS.some((s) => s.id === id)) ?? [];
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

// The benchmark measures the packages as users get them: refuse to run against sources.
for (const pkg of ['@skiff/core', '@skiff/kinesis']) {
  const url = import.meta.resolve(pkg);
  if (!url.includes('/dist/')) {
    console.error(`${pkg} resolves to ${url}, not a built dist: run through \`npm run bench\` (tsx --tsconfig bench/tsconfig.json) after building the packages`);
    process.exit(2);
  }
}

const quick = values.quick!;
const rounds = values.rounds ? Number(values.rounds) : quick ? 1 : 3;
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) {
  console.error('--rounds must be a whole number from 1 to 20');
  process.exit(2);
}
const opts: Options = { quick, rounds, log: (line) => process.stderr.write(`${line}\n`) };

// A hard stop, in case a server or a request hangs: the benchmark ends by itself.
const LIMIT_MS = 30 * 60_000;
setTimeout(() => {
  console.error(`bench: still running after ${LIMIT_MS / 60_000} minutes, giving up`);
  process.exit(3);
}, LIMIT_MS).unref();

const header = machine();
for (const line of header) opts.log(line);
const rows: Row[] = [];
const notes: string[] = [];
const failures: string[] = [];
const t0 = performance.now();
for (const s of SECTIONS.filter((x) => !only || only.includes(x.id))) {
  opts.log(`\n▶ ${s.title} [${s.id}]`);
  const t = performance.now();
  try {
    const r = await s.run(opts);
    if (Array.isArray(r)) rows.push(...r);
    else {
      rows.push(...r.rows);
      notes.push(...(r.notes ?? []));
    }
  } catch (e) {
    failures.push(`${s.id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    opts.log(`✗ ${s.id} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  opts.log(`  (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

const report = [
  `Skiff vs AWS SDK v3 — ${quick ? 'QUICK run (smoke test, not figures to quote)' : `median of ${rounds} rounds`}, ${new Date().toISOString().slice(0, 10)}`,
  '',
  ...header.map((l) => `- ${l}`),
  `- load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}; total bench time ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  '',
  renderTable(rows),
  ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
  ...(failures.length ? ['', 'FAILED sections:', ...failures.map((f) => `- ${f}`)] : []),
].join('\n');
console.log(`\n${report}\n`);
if (values.out) writeFileSync(values.out, `${report}\n`);
process.exit(failures.length ? 1 : 0);
