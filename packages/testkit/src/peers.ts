// Real local servers for integration tests: each is started on a free port, polled until
// ready, and stopped by killing the exact child process it started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Peer {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A peer's `stop`: SIGTERM to the exact child started, SIGKILL if it is still there 3 s later; resolves once it has exited. */
export function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number, name: string, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready:\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${name} was not ready after ${timeoutMs} ms:\n${log()}`);
}

function startChild(name: string, cmd: string, args: string[], port: number, env: NodeJS.ProcessEnv = {}, readyPath = '/'): Promise<Peer> {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const endpoint = `http://127.0.0.1:${port}`;
  return waitReady(endpoint + readyPath, child, 30_000, name, () => out).then(() => ({ endpoint, port, pid: child.pid!, stop: stopper(child) }));
}

/** kinesalite (npm dev dependency), in memory. */
export async function startKinesalite(opts: { createStreamMs?: number; deleteStreamMs?: number; updateStreamMs?: number; shardLimit?: number } = {}): Promise<Peer> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('kinesalite/package.json')), 'cli.js');
  const port = await freePort();
  const args = [cli, '--port', String(port), '--createStreamMs', String(opts.createStreamMs ?? 50), '--deleteStreamMs', String(opts.deleteStreamMs ?? 50), '--updateStreamMs', String(opts.updateStreamMs ?? 50), '--shardLimit', String(opts.shardLimit ?? 50)];
  return startChild('kinesalite', process.execPath, args, port);
}

let pythonCache: string | null | undefined;

/** The python3 that has moto (the image's, or one under ~/.pyenv). */
export function findMotoPython(): string | null {
  if (pythonCache !== undefined) return pythonCache;
  const candidates = ['python3'];
  const pyenv = join(process.env.HOME ?? homedir(), '.pyenv', 'versions');
  if (existsSync(pyenv)) for (const v of readdirSync(pyenv)) candidates.push(join(pyenv, v, 'bin', 'python3'));
  for (const c of candidates) {
    const r = spawnSync(c, ['-c', 'import moto.server'], { stdio: 'ignore' });
    if (r.status === 0) return (pythonCache = c);
  }
  return (pythonCache = null);
}

/**
 * moto's server (S3, IAM with managed policies). Where moto is missing this throws: a suite
 * that needs it must fail loudly, not pass silently.
 */
export async function startMoto(env: NodeJS.ProcessEnv = {}): Promise<Peer> {
  const py = findMotoPython();
  if (!py) throw new Error('moto is not installed for any python3 on this machine (python3 -m moto.server); the S3 and IAM integration suites need it');
  const port = await freePort();
  return startChild('moto', py, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], port, { MOTO_IAM_LOAD_MANAGED_POLICIES: 'true', ...env }, '/moto-api/');
}
