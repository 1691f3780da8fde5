// Memory figures need a fresh process each: in the parent, earlier sections have already
// grown the heap, and one SDK's garbage would land on the other's bill. A child runs one
// task (bench/child.ts) under the same tsx loader and prints one RESULT line of JSON.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('../child.ts', import.meta.url));

export interface ChildResult {
  ms: number;
  /** Peak RSS minus RSS just before the work began (clients built, modules loaded), bytes. */
  peakRssGrowth: number;
  /** RSS just before the work began, bytes. */
  baseRss: number;
  [k: string]: unknown;
}

/** `env` can point TSX_TSCONFIG_PATH elsewhere (the chunked task runs on the sources). */
export function runChild(task: string, args: Record<string, unknown>, timeoutMs = 180_000, env: NodeJS.ProcessEnv = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', CHILD, task, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) return resolve(JSON.parse(line.slice(7)) as ChildResult);
      reject(new Error(`child task ${task} ${signal ? `was killed (${signal}${signal === 'SIGKILL' ? `, over ${timeoutMs / 1000} s` : ''})` : `exited with ${code}`}:\n${err}`));
    });
  });
}
