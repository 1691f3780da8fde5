import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { control } from './helpers/http.js';

// The CLI runs from its TypeScript source through tsx (a root dev dependency), as `node
// dist/cli.js` would after a build.
it('skiff-mediastore-local --port 0 prints its endpoint and serves until killed', async () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--creating-delay-ms', '0'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    const endpoint = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const line = out.split('\n')[0];
        if (out.includes('\n')) resolve(line!);
      });
      child.once('exit', (code) => reject(new Error(`cli exited ${code}: ${err}`)));
    });
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await control(endpoint, 'CreateContainer', { ContainerName: 'cli' });
    expect(res.json().Container.Name).toBe('cli');
  } finally {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0); // SIGTERM closes the server and exits cleanly
  }
});
