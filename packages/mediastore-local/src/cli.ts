#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMediaStoreLocal } from './startMediaStoreLocal.js';

// `npx @skiff/mediastore-local --port 4566`: prints the control-plane endpoint and serves
// until SIGINT/SIGTERM, which drain in-flight requests, close the server and exit 0.
const USAGE = `Usage: skiff-mediastore-local [options]
Runs a local AWS Elemental MediaStore (control and data plane on one port) and prints its endpoint.

  --port N                 port to listen on (default 0: a free one)
  --host H                 interface to listen on (default 127.0.0.1; 0.0.0.0 in a container)
  --advertised-url URL     origin clients reach the server by, for container Endpoints
                           (env MEDIASTORE_LOCAL_ADVERTISED_URL; default: the request's Host)
  --data-dir DIR           keep containers, policies, tags and objects in DIR across restarts
                           (env MEDIASTORE_LOCAL_DATA_DIR; default: memory only)
  --region R               region requests must be signed for (default us-east-1)
  --account-id ID          12-digit account in ARNs (default 111122223333)
  --creating-delay-ms MS   how long a new container stays CREATING (default 300)
  --deleting-delay-ms MS   how long a deleted container stays DELETING (default 0)
  --max-containers N       containers before LimitExceededException (default 100)
  --max-body-bytes N       largest request body (default 26214400, MediaStore's 25 MiB)
  --max-connections N      open connections at most; more get 503 (default 256)
  --drain-timeout-ms MS    on SIGTERM/SIGINT, how long in-flight requests may finish (default 10000)
  --no-verify              accept any or no authentication
  --no-cors                no permissive CORS (container CORS policies still apply)
  -h, --help               this text

Default keys: AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, and test / test.
Health: GET /_health answers {"status":"ok"} without authentication.
`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'advertised-url': { type: 'string' },
    'data-dir': { type: 'string' },
    region: { type: 'string', default: 'us-east-1' },
    'account-id': { type: 'string', default: '111122223333' },
    'creating-delay-ms': { type: 'string', default: '300' },
    'deleting-delay-ms': { type: 'string', default: '0' },
    'max-containers': { type: 'string', default: '100' },
    'max-body-bytes': { type: 'string', default: String(25 * 1024 * 1024) },
    'max-connections': { type: 'string', default: '256' },
    'drain-timeout-ms': { type: 'string', default: '10000' },
    'no-verify': { type: 'boolean', default: false },
    'no-cors': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const int = (name: keyof typeof values) => {
  const v = values[name] as string;
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
    port: int('port'),
    host: values.host!,
    advertisedUrl: values['advertised-url'] ?? (process.env.MEDIASTORE_LOCAL_ADVERTISED_URL || undefined),
    dataDir: values['data-dir'] ?? (process.env.MEDIASTORE_LOCAL_DATA_DIR || undefined),
    region: values.region!,
    accountId: values['account-id']!,
    creatingDelayMs: int('creating-delay-ms'),
    deletingDelayMs: int('deleting-delay-ms'),
    maxContainers: int('max-containers'),
    maxBodyBytes: int('max-body-bytes'),
    maxConnections: int('max-connections'),
    drainTimeoutMs: int('drain-timeout-ms'),
    verifySignatures: !values['no-verify'],
    cors: !values['no-cors'],
  });
  process.stdout.write(`${server.endpoint}\n`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1); // a second signal: stop waiting
      stopping = true;
      void server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`skiff-mediastore-local: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
