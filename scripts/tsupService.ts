// The build every service package shares (kinesis, mediastore, mediastore-data, s4-iam,
// s4-s3): each one's tsup.config.ts is this config. A change here is a change to all five
// builds: build them before and after and compare their dist folders.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // zod/mini comes from @skiff/core's dist, where it is bundled once (core/src/zod.ts): one
  // file instead of ~90 modules at cold start, one copy of zod in an application or bundle.
  // The sources, tests and type declarations keep importing 'zod/mini'.
  noExternal: [/^zod\/mini$/],
  esbuildPlugins: [
    {
      name: 'zod-from-core',
      setup(build) {
        build.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: '@skiff/core/zod', external: true }));
      },
    },
  ],
});
