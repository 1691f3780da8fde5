// The servers the benchmarks talk to, each a child process on 127.0.0.1 (so its CPU is not
// counted as the client's), stopped by killing the exact process that was started.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startKinesalite, startMoto, stopper, type Peer } from '@skiff/testkit';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export type { Peer };
export { startKinesalite, startMoto };

/**
 * Starts `node <script> [args]`, a server that prints its endpoint as the first line of
 * stdout: the MediaStore CLI (packages/mediastore-local/dist/cli.js) and the bench's own fakes.
 */
export function startNodeServer(name: string, script: string, args: string[] = []): Promise<Peer> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not print its endpoint within 30 s:\n${err}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${err}`));
    });
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const endpoint = line.trim();
      resolve({ endpoint, port: Number(new URL(endpoint).port), pid: child.pid!, stop: stopper(child) });
    });
  });
}

/** The repository's local MediaStore server, from its built CLI, with signature checking on. */
export const startMediaStore = () =>
  startNodeServer('mediastore-local', `${ROOT}packages/mediastore-local/dist/cli.js`, ['--port', '0', '--creating-delay-ms', '0']);

export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
