import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

// zod/mini is bundled into the `./zod` entry (only what is used) and given to the service
// packages and to core's own schemas through it: see src/zod.ts. Loaded from node_modules it
// is about ninety modules of every cold start. Only the `./zod` entry holds zod; core's own
// schemas (validation/schemas.ts) import it through that entry like the service packages do,
// rather than sharing a chunk with it.
const zodThroughOwnEntry: Plugin = {
  name: 'zod-through-own-entry',
  setup(build) {
    build.onResolve({ filter: /^zod\/mini$/ }, (args) =>
      /[\\/]src[\\/]zod\.ts$/.test(args.importer) ? undefined : { path: '@skiff/core/zod', external: true },
    );
  },
};

// The XML entry (`@skiff/core/xml`) holds the XML protocols only and takes everything else
// from the root entry, which exports what it needs. Left to itself the build would put the
// modules both entries use in a shared chunk: one more file for Node to resolve, read and
// link at every start, up to a millisecond of a cold `import()`. Taking them from the root entry also
// keeps one copy of each class (instanceof works across entries) without splitting.
const XML_MODULES = new Set(['xml', 'protocols/restXml', 'protocols/awsQuery', 'protocols/xmlParser', 'protocols/xmlBuilder'].map((m) => resolve(SRC, `${m}.ts`)));
const xmlTakesRoot: Plugin = {
  name: 'xml-takes-root',
  setup(build) {
    // tsup hands esbuild ESM and converts it to CommonJS afterwards: its define names the format.
    const root = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^(\.|#platform$)/ }, (args) => {
      if (!XML_MODULES.has(args.importer)) return undefined;
      const target = args.path === '#platform' ? '#platform' : resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return XML_MODULES.has(target) ? undefined : { path: root, external: true };
    });
  },
};

// The Node build (dist/node) holds platform/node.ts itself rather than reaching it through
// `#platform`: another module less at every Node start.
const nodePlatformInside: Plugin = {
  name: 'node-platform-inside',
  setup(build) {
    build.onResolve({ filter: /^#platform$/ }, () => ({ path: resolve(SRC, 'platform/node.ts') }));
  },
};

const common: Options = {
  format: ['esm', 'cjs'],
  target: 'node20',
  treeshake: true,
  noExternal: ['zod'],
  // zodOnFirstUse.ts makes its require from the file's path in the CommonJS build and from its
  // URL in the ESM build.
  esbuildOptions(options, { format }) {
    options.define = { ...options.define, __CJS__: String(format === 'cjs') };
  },
  splitting: true,
};

export default defineConfig([
  // Every runtime: the platform modules are separate entries reached through the package's
  // `#platform` import map, so a bundle for the browser gets fetch and pure-JS hashing and no
  // undici. Dependencies are resolved as for a browser (`platform`), so browser bundles stay
  // free of Buffer and node: modules.
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      xml: 'src/xml.ts',
      zod: 'src/zod.ts',
      // Node's `./zod`: the same names, zod loaded on first use (see the file).
      zodOnFirstUse: 'src/zodOnFirstUse.ts',
      'platform/node': 'src/platform/node.ts',
      'platform/browser': 'src/platform/browser.ts',
    },
    dts: true,
    // dist/node is the other build's.
    clean: ['!node/**'],
    external: ['#platform', /^node:/],
    platform: 'browser',
    esbuildPlugins: [zodThroughOwnEntry, xmlTakesRoot],
  },
  // Node (the package's `node` condition): the same two public entries, with platform/node.ts
  // inside. Types are the other build's.
  {
    ...common,
    entry: { index: 'src/index.ts', xml: 'src/xml.ts' },
    outDir: 'dist/node',
    dts: false,
    clean: true,
    external: [/^node:/],
    platform: 'node',
    esbuildPlugins: [zodThroughOwnEntry, xmlTakesRoot, nodePlatformInside],
  },
]);
