#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMediaStoreLocal } from './startMediaStoreLocal.js';

// `skiff-mediastore-local --port 4566`: prints the control-plane endpoint and serves until
// killed (SIGINT/SIGTERM close the server cleanly).
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    region: { type: 'string', default: 'us-east-1' },
    'creating-delay-ms': { type: 'string', default: '300' },
    'no-verify': { type: 'boolean', default: false },
    'no-cors': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'Usage: skiff-mediastore-local [--port N] [--host H] [--region R] [--creating-delay-ms MS] [--no-verify] [--no-cors]\n' +
      'Runs a local, in-memory AWS Elemental MediaStore and prints its endpoint.\n' +
      'Default keys: AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, and test / test.\n',
  );
  process.exit(0);
}

const int = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a non-negative integer, got '${v}'\n`);
    process.exit(2);
  }
  return n;
};

// No top-level await: the CLI is also built as CommonJS.
async function main(): Promise<void> {
  const server = await startMediaStoreLocal({
    port: int('port', values.port!),
    host: values.host!,
    region: values.region!,
    creatingDelayMs: int('creating-delay-ms', values['creating-delay-ms']!),
    verifySignatures: !values['no-verify'],
    cors: !values['no-cors'],
  });
  process.stdout.write(`${server.endpoint}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void server.close().then(() => process.exit(0));
    });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`skiff-mediastore-local: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
