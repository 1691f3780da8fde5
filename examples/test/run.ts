// Runs the examples as a user does (tsx, from examples/, against the built packages) and
// collects what they print.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = fileURLToPath(new URL('..', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['core', 'kinesis', 'mediastore', 'mediastore-data', 'mediastore-local', 's4-s3', 's4-iam'];

/** The examples import dist: build the packages when one is missing (scripts/run.mjs builds first anyway). */
export function ensureBuilt(): void {
  const missing = PACKAGES.filter((p) => !existsSync(`${ROOT}packages/${p}/dist/index.js`));
  if (!missing.length) return;
  console.log(`building the packages (dist missing for ${missing.join(', ')})`);
  const r = spawnSync('pnpm', ['-r', '--filter', './packages/*', 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the package build failed (exit ${r.status})`);
}

/** The examples that need moto fail loudly where it is missing, never pass silently (peers.md). */
export async function requireMoto(): Promise<void> {
  // Imported here, after ensureBuilt(): the testkit loads @skiff/core's dist.
  const { findMotoPython } = await import('@skiff/testkit');
  if (!findMotoPython()) throw new Error('moto is not installed for any python3 on this machine (python3 -m moto.server): the S3 and IAM examples and the full tour need it');
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export interface Started {
  child: ChildProcess;
  /** Resolves when the output so far matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  done: Promise<Run>;
}

/**
 * Starts `node --import tsx <file>` in examples/ (one process: a signal sent to it reaches
 * the example itself, as a terminal's Ctrl-C would, not a wrapper). `pnpm exec tsx` is what
 * the tour test uses; this is for the tests that signal.
 */
export function start(args: string[], env: NodeJS.ProcessEnv = {}): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: EXAMPLES, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child);
}

/** `pnpm exec tsx <args>` in examples/, as the README says to run them. */
export function runExample(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const child = spawn('pnpm', ['exec', 'tsx', ...args], { cwd: EXAMPLES, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child).done;
}

function collect(child: ChildProcess): Started {
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of waiters) w();
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(out)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${pattern} in the output after ${timeoutMs} ms:\n${out}\n${err}`));
      }, timeoutMs);
      waiters.add(check);
      void done.then(() => {
        if (waiters.has(check)) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`the process ended without ${pattern} in its output:\n${out}\n${err}`));
        }
      });
      check();
    });
  return { child, waitFor, done };
}

/** The endpoints a run printed (http://127.0.0.1:PORT). */
export const endpointsIn = (text: string): string[] => [...new Set(text.match(/http:\/\/127\.0\.0\.1:\d+/g) ?? [])];

/** True when nothing listens at the endpoint any more. */
export async function isDown(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch (e) {
    return /ECONNREFUSED/.test(String((e as { cause?: unknown }).cause ?? e));
  }
}
