import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface CliProcess {
  endpoint: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  stderr: () => string;
}

/**
 * Starts the CLI as its own process (from its TypeScript source through tsx, as `node
 * dist/cli.js` runs after a build) and waits for the endpoint line it prints when ready.
 */
export async function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliProcess> {
  const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    void exited.then((code) => reject(new Error(`cli exited ${code}: ${err}`)));
  });
  return { endpoint, child, exited, stderr: () => err };
}

/** Stops a CLI process this test started (by its own handle), if it still runs. */
export async function stopCli(p: CliProcess | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGKILL');
  await p.exited;
}
