import { fileURLToPath } from 'node:url';
import { defineWorkspace } from 'vitest/config';

// Tests run against the TypeScript sources, not dist: every package name (and core's
// build-time `#platform` alias, resolved for Node here) points at its src entry.
const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));
const alias = {
  '#platform': src('core/src/platform/node.ts'),
  '@skiff/core/xml': src('core/src/xml.ts'),
  '@skiff/core': src('core/src/index.ts'),
  '@skiff/mediastore-data': src('mediastore-data/src/index.ts'),
  '@skiff/mediastore-local': src('mediastore-local/src/index.ts'),
  '@skiff/mediastore': src('mediastore/src/index.ts'),
  '@skiff/kinesis': src('kinesis/src/index.ts'),
  '@skiff/dynamodb': src('dynamodb/src/index.ts'),
  '@skiff/s4-s3': src('s4-s3/src/index.ts'),
  '@skiff/s4-iam': src('s4-iam/src/index.ts'),
  '@skiff/sts': src('sts/src/index.ts'),
  '@skiff/sso-oidc': src('sso-oidc/src/index.ts'),
  '@skiff/sso': src('sso/src/index.ts'),
  // Subpaths before the package: an alias also takes `<name>/…`.
  '@skiff/testkit/sigv4': src('testkit/src/sigv4.ts'),
  '@skiff/testkit/jsonReplay': src('testkit/src/jsonReplay.ts'),
  '@skiff/testkit/exportNames': src('testkit/src/exportNames.ts'),
  '@skiff/testkit': src('testkit/src/index.ts'),
};

const project = (name: string, extra: Record<string, unknown> = {}) => ({
  resolve: { alias },
  test: {
    name,
    root: src(name),
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...extra,
  },
});

export default defineWorkspace([
  project('core'),
  project('mediastore'),
  project('mediastore-data'),
  project('kinesis'),
  project('dynamodb'),
  project('s4-s3'),
  project('s4-iam'),
  project('sts'),
  project('sso'),
  project('sso-oidc'),
  project('mediastore-local'),
  // Reliability and security across every package, through the sources: injected faults,
  // bad input, hostile responses, secrets in errors, property tests. A setup file scans every
  // error and log line the suite produces for secrets; the global teardown prints the figures.
  {
    resolve: { alias },
    test: {
      name: 'reliability',
      root: fileURLToPath(new URL('./test/reliability', import.meta.url)),
      include: ['**/*.test.ts'],
      setupFiles: ['./support/setup.ts'],
      globalSetup: ['./support/globalSetup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
  // Built packages as a user gets them: browser bundle budgets, publint/attw, the headless
  // Chromium end-to-end test. These read dist (through the packages' exports), not src.
  {
    resolve: { alias },
    test: {
      name: 'bundles',
      root: fileURLToPath(new URL('./test/bundles', import.meta.url)),
      include: ['**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 600_000,
    },
  },
  // The examples and the demo tour, run as a user runs them: child processes (tsx) that
  // import the built packages. No aliases: nothing here may reach the sources.
  {
    test: {
      name: 'examples',
      root: fileURLToPath(new URL('./examples', import.meta.url)),
      include: ['test/**/*.test.ts'],
      testTimeout: 300_000,
      hookTimeout: 600_000,
    },
  },
  // A fixture written as v3 code (every command of the five service packages, imports changed
  // only), compiled with tsc --strict in a user's project (node16, bundler, node10) against the
  // built packages, then run against kinesalite, moto and the local MediaStore server.
  // Aliases serve the test's own imports (testkit, mediastore-local); the fixture never sees them.
  {
    resolve: { alias },
    test: {
      name: 'v3fixture',
      root: fileURLToPath(new URL('./test/v3fixture', import.meta.url)),
      include: ['*.test.ts'],
      testTimeout: 300_000,
      hookTimeout: 600_000,
    },
  },
  // AWS's JavaScript v3 code examples, adapted with only their imports (and client set-up)
  // changed, run against kinesalite and moto through the sources (examples/v3/README.md).
  {
    resolve: { alias },
    test: {
      name: 'examples-v3',
      root: fileURLToPath(new URL('./examples/v3', import.meta.url)),
      include: ['**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
]);
