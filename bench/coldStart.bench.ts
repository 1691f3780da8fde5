// Cold start of each service package: the wall time of a fresh `node` process that does
// `require('<pkg>')` (CommonJS) or `await import('<pkg>')` (ESM), minus that of `node -e 0`,
// the median of several runs, side by side with the matching @aws-sdk/client-*. Commands are
// interleaved round by round so that machine noise falls on both sides alike. Processes run
// from bench/, so @skiff/* resolve to the built packages (bench/node_modules) and @aws-sdk/* to
// the root's, as in a user's project.
//
//   npx tsx bench/coldStart.bench.ts [--runs 15] [--json]
//
// `measureColdStart()` and `coldStartTable()` are exported for the main benchmark.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface ColdStartPair {
  name: string;
  skiff: string;
  aws: string;
}

export const COLD_START_PAIRS: ColdStartPair[] = [
  { name: 'Kinesis', skiff: '@skiff/kinesis', aws: '@aws-sdk/client-kinesis' },
  { name: 'MediaStore', skiff: '@skiff/mediastore', aws: '@aws-sdk/client-mediastore' },
  { name: 'MediaStore Data', skiff: '@skiff/mediastore-data', aws: '@aws-sdk/client-mediastore-data' },
  { name: 'S3', skiff: '@skiff/s4-s3', aws: '@aws-sdk/client-s3' },
  { name: 'IAM', skiff: '@skiff/s4-iam', aws: '@aws-sdk/client-iam' },
];

export type LoadMode = 'require' | 'import';

export interface ColdStartOptions {
  /** Runs per command (median taken); default 11. */
  runs?: number;
  pairs?: ColdStartPair[];
  modes?: LoadMode[];
  /** Where the node processes run (module resolution starts here); default bench/. */
  cwd?: string;
  log?: (line: string) => void;
}

export interface ColdStartRow {
  name: string;
  mode: LoadMode;
  skiff: string;
  aws: string;
  /** Median ms over `node -e 0`. */
  skiffMs: number;
  awsMs: number;
}

export interface ColdStartResult {
  /** Median ms of `node -e 0` itself. */
  baseMs: number;
  runs: number;
  rows: ColdStartRow[];
}

/** The target of performance.md: a cold require of one service package within +15 ms. */
export const COLD_START_TARGET_MS = 15;

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

function loadArgs(spec: string, mode: LoadMode): string[] {
  return mode === 'require' ? ['-e', `require(${JSON.stringify(spec)})`] : ['--input-type=module', '-e', `await import(${JSON.stringify(spec)})`];
}

function timeOnce(args: string[], cwd: string): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    // A clean environment: no NODE_OPTIONS (tsx's loader) in the measured processes.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.toString().slice(-2000)}`);
  return ms;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Measures every pair in every mode; throws when a package cannot be loaded. */
export function measureColdStart(opts: ColdStartOptions = {}): ColdStartResult {
  const runs = opts.runs ?? 11;
  const pairs = opts.pairs ?? COLD_START_PAIRS;
  const modes = opts.modes ?? ['require', 'import'];
  const cwd = opts.cwd ?? BENCH_DIR;
  const commands = new Map<string, string[]>([['base', ['-e', '0']]]);
  for (const p of pairs) for (const m of modes) for (const side of ['skiff', 'aws'] as const) commands.set(`${p.name}|${m}|${side}`, loadArgs(p[side], m));
  const times = new Map<string, number[]>([...commands.keys()].map((k) => [k, []]));
  // One unmeasured pass warms the file cache and fails early on a package that does not load.
  for (const args of commands.values()) timeOnce(args, cwd);
  for (let i = 0; i < runs; i++) {
    for (const [k, args] of commands) times.get(k)!.push(timeOnce(args, cwd));
    opts.log?.(`  round ${i + 1}/${runs}`);
  }
  const baseMs = median(times.get('base')!);
  const rows: ColdStartRow[] = [];
  for (const p of pairs) {
    for (const m of modes) {
      rows.push({
        name: p.name,
        mode: m,
        skiff: p.skiff,
        aws: p.aws,
        skiffMs: median(times.get(`${p.name}|${m}|skiff`)!) - baseMs,
        awsMs: median(times.get(`${p.name}|${m}|aws`)!) - baseMs,
      });
    }
  }
  return { baseMs, runs, rows };
}

/** The result as a plain-text table (ms over `node -e 0`, and how many times faster Skiff is). */
export function coldStartTable(r: ColdStartResult): string {
  const head = ['package', 'load', 'Skiff', 'AWS SDK v3', 'v3 / Skiff', `≤ +${COLD_START_TARGET_MS} ms`];
  const body = r.rows.map((x) => [
    `${x.skiff} vs ${x.aws}`,
    x.mode === 'require' ? 'require()' : 'import()',
    `+${x.skiffMs.toFixed(1)} ms`,
    `+${x.awsMs.toFixed(1)} ms`,
    `${(x.awsMs / Math.max(x.skiffMs, 0.1)).toFixed(1)}×`,
    x.skiffMs <= COLD_START_TARGET_MS ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `cold start, median of ${r.runs} fresh node processes, over node -e 0 (${r.baseMs.toFixed(1)} ms):`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(line),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const runs = values.runs ? Number(values.runs) : 11;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');
  const result = measureColdStart({ runs, log: (l) => process.stderr.write(`${l}\n`) });
  console.log(values.json ? JSON.stringify(result, null, 2) : coldStartTable(result));
}
