import { defineConfig } from 'tsup';

// The platform modules are separate entries reached through the package's `#platform`
// import map, so Node gets undici and node:crypto and every other runtime gets fetch and
// pure-JS hashing without either being bundled into the other.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    xml: 'src/xml.ts',
    zod: 'src/zod.ts',
    // Node's `./zod`: the same names, zod loaded on first use (see the file).
    zodOnFirstUse: 'src/zodOnFirstUse.ts',
    'platform/node': 'src/platform/node.ts',
    'platform/browser': 'src/platform/browser.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  external: ['#platform', /^node:/],
  // zod/mini is bundled into the `./zod` entry (only what is used) and given to the service
  // packages and to core's own schemas through it: see src/zod.ts. Loaded from
  // node_modules it is about ninety modules of every cold start. Dependencies are resolved as
  // for a browser (`platform`), so browser bundles stay free of Buffer and node: modules.
  // Node built-ins (platform/node.ts) and undici stay external.
  noExternal: ['zod'],
  // Only the `./zod` entry holds zod; core's own schemas (validation/schemas.ts) import it
  // through that entry like the service packages do, rather than sharing a chunk with it:
  // one module less at every ESM cold start (each module is resolved and linked on its own).
  esbuildPlugins: [
    {
      name: 'zod-through-own-entry',
      setup(build) {
        build.onResolve({ filter: /^zod\/mini$/ }, (args) =>
          /[\\/]src[\\/]zod\.ts$/.test(args.importer) ? undefined : { path: '@skiff/core/zod', external: true },
        );
      },
    },
  ],
  // zodOnFirstUse.ts makes its require from the file's path in the CommonJS build and from its
  // URL in the ESM build.
  esbuildOptions(options, { format }) {
    options.define = { ...options.define, __CJS__: String(format === 'cjs') };
  },
  platform: 'browser',
  // Shared modules go to chunks in both formats, so `@skiff/core` and `@skiff/core/xml` hold
  // one copy of each class (instanceof works across entries, in CJS too).
  splitting: true,
});
