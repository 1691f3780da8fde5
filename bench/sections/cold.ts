// Cold start, each figure the median wall time of fresh `node` processes over `node -e 0`,
// the commands interleaved: `require('<pkg>')` (CommonJS) and `await import('<pkg>')` (ESM)
// for every service package, measured by bench/coldStart.bench.ts's measureColdStart(); and
// require + a client + its first request answered (a one-item list call to bench/servers/
// pages.mjs), since a package can look cheap to load by deferring work to that request. That
// one is read two ways: the whole process's wall time (exit included), and the time from the
// start of the script to the answer, read inside the process. They differ: Node's exit waits
// for V8's background work, and undici's HTTP parser (llhttp, WebAssembly) gets its optimizing
// compile in the background after the first response (BENCHMARKS.md).
// Run from bench/, so @skiff/* resolve to the built packages through bench/node_modules and
// @aws-sdk/* to the root's, as in a user's project.
import { spawnSync } from 'node:child_process';
import { COLD_START_TARGET_MS, measureColdStart } from '../coldStart.bench.js';
import { median } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { ROOT, startNodeServer } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

const CREDS = "credentials:{accessKeyId:'a',secretAccessKey:'b'}";
const AWS_HANDLER = "requestHandler:new (require('@smithy/node-http-handler').NodeHttpHandler)()";
// The answer's time since the process started (performance.now()), written as it arrives.
const DONE = '.then(()=>{process.stdout.write(String(performance.now()));process.exit(0)},(e)=>{console.error(e);process.exit(1)})';
// When a script starts running, on the same clock: what the answer's time is counted from.
const STARTED = 'process.stdout.write(String(performance.now()))';

const PAIRS = [
  {
    name: 'Kinesis',
    skiff: '@skiff/kinesis',
    aws: '@aws-sdk/client-kinesis',
    first: {
      skiff: `const{KinesisClient:C,ListStreamsCommand:L}=require('@skiff/kinesis');new C({region:'us-east-1',endpoint:process.env.E,${CREDS}}).send(new L({Limit:1}))${DONE}`,
      aws: `const{KinesisClient:C,ListStreamsCommand:L}=require('@aws-sdk/client-kinesis');new C({region:'us-east-1',endpoint:process.env.E,${CREDS},${AWS_HANDLER}}).send(new L({Limit:1}))${DONE}`,
    },
  },
  {
    name: 'S3',
    skiff: '@skiff/s4-s3',
    aws: '@aws-sdk/client-s3',
    first: {
      skiff: `const{S3Client:C,ListObjectsV2Command:L}=require('@skiff/s4-s3');new C({region:'us-east-1',endpoint:process.env.E,${CREDS}}).send(new L({Bucket:'bench',MaxKeys:1}))${DONE}`,
      aws: `const{S3Client:C,ListObjectsV2Command:L}=require('@aws-sdk/client-s3');new C({region:'us-east-1',endpoint:process.env.E,forcePathStyle:true,${CREDS},${AWS_HANDLER}}).send(new L({Bucket:'bench',MaxKeys:1}))${DONE}`,
    },
  },
];

/** The process's wall time, and the time it wrote (ms since it started). */
function run(args: string[], endpoint: string): { wall: number; at: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: `${ROOT}bench`,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, E: endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr.toString().slice(-2000)}`);
  return { wall: ms, at: Number(r.stdout.toString()) };
}


export const cold: Section = {
  id: 'cold',
  title: 'Cold require / import / first request (fresh node processes)',
  async run(o) {
    const n = o.quick ? 3 : 9;
    const load = measureColdStart({ runs: n, log: o.log });
    const rows: Row[] = [];
    for (const r of load.rows) {
      o.log(`  cold ${r.mode}() ${r.skiff}: +${r.skiffMs.toFixed(1)} ms; ${r.aws}: +${r.awsMs.toFixed(1)} ms`);
      rows.push({
        name: `cold ${r.mode}(): ${r.skiff} / ${r.aws}`,
        metric: 'ms over node -e 0',
        better: 'lower',
        skiff: r.skiffMs,
        aws: r.awsMs,
        digits: 1,
        // import() is held to the same +15 ms as require().
        target: `≤ +${COLD_START_TARGET_MS} ms`,
        met: r.skiffMs <= COLD_START_TARGET_MS,
      });
    }
    // require + client + first request, against a local server, interleaved the same way.
    const server = await startNodeServer('pages', `${ROOT}bench/servers/pages.mjs`, ['10']);
    try {
      const commands: Record<string, string[]> = { base: ['-e', STARTED] };
      for (const p of PAIRS) for (const side of ['skiff', 'aws'] as const) commands[`${p.name} ${side}`] = ['-e', p.first[side]];
      const times: Record<string, Array<{ wall: number; at: number }>> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
      for (const args of Object.values(commands)) run(args, server.endpoint); // warm the file cache; fail early
      for (let i = 0; i < n; i++) for (const [k, args] of Object.entries(commands)) times[k]!.push(run(args, server.endpoint));
      const wall = (k: string) => median(times[k]!.map((t) => t.wall));
      const at = (k: string) => median(times[k]!.map((t) => t.at));
      for (const p of PAIRS) {
        const s = wall(`${p.name} skiff`) - wall('base');
        const a = wall(`${p.name} aws`) - wall('base');
        const sa = at(`${p.name} skiff`) - at('base');
        const aa = at(`${p.name} aws`) - at('base');
        o.log(`  cold require() + first request ${p.skiff}: process +${s.toFixed(1)} ms, answer after ${sa.toFixed(1)} ms; ${p.aws}: +${a.toFixed(1)} ms, ${aa.toFixed(1)} ms`);
        rows.push({ name: `cold require() + client + first request, process wall: ${p.skiff} / ${p.aws}`, metric: 'ms over node -e 0', better: 'lower', skiff: s, aws: a, digits: 1 });
        rows.push({ name: `cold require() + client + first request, answered after: ${p.skiff} / ${p.aws}`, metric: 'ms from script start', better: 'lower', skiff: sa, aws: aa, digits: 1 });
      }
      return { rows, notes: [`Cold start: node -e 0 itself took ${load.baseMs.toFixed(1)} ms (median of ${n}); every cold figure is a median of ${n} fresh processes minus that. import() of an empty .mjs file took +${load.emptyImportMs.toFixed(1)} ms over it: Node's own ESM loader, part of every import() figure.`] };
    } finally {
      await server.stop();
    }
  },
};
