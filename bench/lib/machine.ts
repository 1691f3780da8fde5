// What the figures were measured on: machine, Node, package versions, commit.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { ROOT } from './servers.js';

const require = createRequire(import.meta.url);

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    // Packages whose exports hide package.json: find it next to the entry.
    let dir = require.resolve(pkg);
    for (let i = 0; i < 6; i++) {
      dir = dir.slice(0, dir.lastIndexOf('/'));
      try {
        const p = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { name?: string; version: string };
        if (p.name === pkg) return p.version;
      } catch {
        // keep walking up
      }
    }
    return '?';
  }
}

export function machine(): string[] {
  const c = cpus();
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain', '--', 'packages/*/src', 'bench'], { cwd: ROOT, encoding: 'utf8' }).trim()) commit += ' (with local changes)';
  } catch {
    // not a git checkout
  }
  const skiff = ['core', 'kinesis', 'mediastore', 'mediastore-data', 's4-s3', 's4-iam'].map((p) => `@skiff/${p} ${version(`@skiff/${p}`)}`);
  const aws = ['client-kinesis', 'client-mediastore', 'client-mediastore-data', 'client-s3', 'client-iam', 'lib-storage', 's3-request-presigner'].map((p) => `${p} ${version(`@aws-sdk/${p}`)}`);
  return [
    `machine: ${c[0]?.model.trim() ?? '?'}, ${c.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${platform()} ${release()}`,
    `Node ${process.version}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `Skiff (built dist) at ${commit}: ${skiff.join(', ')}`,
    `AWS SDK v3: ${aws.join(', ')}; @smithy/node-http-handler ${version('@smithy/node-http-handler')}`,
  ];
}
