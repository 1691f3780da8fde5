import { execFile, spawnSync } from 'node:child_process';
import { findMotoPython } from '@skiff/testkit';

// boto3 and the AWS CLI v1 are peers nobody here wrote. Where they are missing the suite
// fails with one line saying so (as the moto suites do), so CI (CI=true) cannot pass
// without them.

let boto3Python: string | null | undefined;

/** A python3 that imports boto3: the one moto lives in (it depends on boto3), else python3. */
export function findBoto3Python(): string | null {
  if (boto3Python !== undefined) return boto3Python;
  for (const c of [findMotoPython(), 'python3']) {
    if (c && spawnSync(c, ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0) return (boto3Python = c);
  }
  return (boto3Python = null);
}

export function requireBoto3(): string {
  const py = findBoto3Python();
  if (!py) throw new Error(`boto3 is not installed for python3 (pip install boto3); the boto3 suite needs it${process.env.CI ? ' and CI requires it' : ''}`);
  return py;
}

export function requireAwsCli(): string {
  if (spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0) return 'aws';
  throw new Error(`the AWS CLI (aws) is not on PATH (pip install awscli); the AWS CLI suite needs it${process.env.CI ? ' and CI requires it' : ''}`);
}

/** Runs a command without blocking the event loop (the server under test runs in this process). */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
