// Cold start of each service package: the wall time of a fresh `node` process that does
// `require('<pkg>')` (CommonJS) or `await import('<pkg>')` (ESM), minus that of an empty one
// (`node -e` with nothing to load), the median of several runs, side by side with the
// matching @aws-sdk/client-*; also the CPU time each process used, which other work on the
// machine inflates far less than wall time. Commands are interleaved round by round so that
// noise falls on both sides alike. Processes run from bench/, so @skiff/* resolve to the
// built packages (bench/node_modules) and @aws-sdk/* to the root's, as in a user's project.
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
  /** Median wall ms over `node -e 0`. */
  skiffMs: number;
  awsMs: number;
  /** Median CPU ms (user + system) over `node -e 0`. */
  skiffCpuMs: number;
  awsCpuMs: number;
}

export interface ColdStartResult {
  /** Median wall ms of `node -e 0` itself. */
  baseMs: number;
  /** Median CPU ms of `node -e 0` itself. */
  baseCpuMs: number;
  /** Median wall ms over `node -e 0` of `import()` of an empty .mjs file: what the ESM loader
   * costs Node itself on the first import of any file, part of every `import()` row. */
  emptyImportMs: number;
  runs: number;
  rows: ColdStartRow[];
}

/** The target of performance.md: a cold require of one service package within +15 ms (held
 * for import() too). */
export const COLD_START_TARGET_MS = 15;

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

// Each process also reports the CPU time it used (user + system), read as it exits: a figure
// that other work on the machine inflates far less than wall time.
const REPORT_CPU = `process.on('exit',()=>{const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1000))});`;

function loadArgs(spec: string | undefined, mode: LoadMode): string[] {
  if (spec === undefined) return ['-e', REPORT_CPU];
  return mode === 'require' ? ['-e', `${REPORT_CPU}require(${JSON.stringify(spec)})`] : ['--input-type=module', '-e', `${REPORT_CPU}await import(${JSON.stringify(spec)})`];
}

function timeOnce(args: string[], cwd: string): { wall: number; cpu: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A clean environment: no NODE_OPTIONS (tsx's loader) in the measured processes.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.toString().slice(-2000)}`);
  return { wall, cpu: Number(r.stdout.toString()) };
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
  const commands = new Map<string, string[]>([
    ['base', loadArgs(undefined, 'require')],
    ['emptyImport', loadArgs(fileURLToPath(new URL('lib/empty.mjs', import.meta.url)), 'import')],
  ]);
  for (const p of pairs) for (const m of modes) for (const side of ['skiff', 'aws'] as const) commands.set(`${p.name}|${m}|${side}`, loadArgs(p[side], m));
  const wall = new Map<string, number[]>([...commands.keys()].map((k) => [k, []]));
  const cpu = new Map<string, number[]>([...commands.keys()].map((k) => [k, []]));
  // One unmeasured pass warms the file cache and fails early on a package that does not load.
  for (const args of commands.values()) timeOnce(args, cwd);
  for (let i = 0; i < runs; i++) {
    for (const [k, args] of commands) {
      const t = timeOnce(args, cwd);
      wall.get(k)!.push(t.wall);
      cpu.get(k)!.push(t.cpu);
    }
    opts.log?.(`  round ${i + 1}/${runs}`);
  }
  const baseMs = median(wall.get('base')!);
  const baseCpuMs = median(cpu.get('base')!);
  const rows: ColdStartRow[] = [];
  for (const p of pairs) {
    for (const m of modes) {
      const k = (side: string) => `${p.name}|${m}|${side}`;
      rows.push({
        name: p.name,
        mode: m,
        skiff: p.skiff,
        aws: p.aws,
        skiffMs: median(wall.get(k('skiff'))!) - baseMs,
        awsMs: median(wall.get(k('aws'))!) - baseMs,
        skiffCpuMs: median(cpu.get(k('skiff'))!) - baseCpuMs,
        awsCpuMs: median(cpu.get(k('aws'))!) - baseCpuMs,
      });
    }
  }
  return { baseMs, baseCpuMs, emptyImportMs: median(wall.get('emptyImport')!) - baseMs, runs, rows };
}

/** The result as a plain-text table (ms over `node -e 0`, and how many times faster Skiff is). */
export function coldStartTable(r: ColdStartResult): string {
  const head = ['package', 'load', 'Skiff wall', 'v3 wall', 'v3 / Skiff', 'Skiff CPU', 'v3 CPU', `≤ +${COLD_START_TARGET_MS} ms`];
  const ms = (x: number) => `+${x.toFixed(1)} ms`;
  const body = r.rows.map((x) => [
    `${x.skiff} vs ${x.aws}`,
    x.mode === 'require' ? 'require()' : 'import()',
    ms(x.skiffMs),
    ms(x.awsMs),
    `${(x.awsMs / Math.max(x.skiffMs, 0.1)).toFixed(1)}×`,
    ms(x.skiffCpuMs),
    ms(x.awsCpuMs),
    x.skiffMs <= COLD_START_TARGET_MS ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `cold start, median of ${r.runs} fresh node processes, over node -e 0 (wall ${r.baseMs.toFixed(1)} ms, CPU ${r.baseCpuMs.toFixed(1)} ms):`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(line),
    `(import() of an empty .mjs file costs +${r.emptyImportMs.toFixed(1)} ms over node -e 0 by itself: Node's ESM loader, in every import() row above)`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const runs = values.runs ? Number(values.runs) : 11;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');
  const result = measureColdStart({ runs, log: (l) => process.stderr.write(`${l}\n`) });
  console.log(values.json ? JSON.stringify(result, null, 2) : coldStartTable(result));
}
