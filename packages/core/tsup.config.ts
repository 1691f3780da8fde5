import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

// The XML entry (`@skiff/core/xml`) holds the XML protocols only and takes everything else
// from the root entry, which exports what it needs. Left to itself the build would put the
// modules both entries use in a shared chunk: one more file for Node to resolve, read and link
// at every start. Taking them from the root entry also keeps one copy of each class
// (instanceof works across entries).
const XML_MODULES = new Set(['xml', 'protocols/restXml', 'protocols/awsQuery', 'protocols/xmlParser', 'protocols/xmlBuilder'].map((m) => resolve(SRC, `${m}.ts`)));
const xmlTakesRoot: Plugin = {
  name: 'xml-takes-root',
  setup(build) {
    // tsup hands esbuild ESM and converts it to CommonJS afterwards: its define names the format.
    const root = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^\./ }, (args) => {
      if (!XML_MODULES.has(args.importer)) return undefined;
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return XML_MODULES.has(target) ? undefined : { path: root, external: true };
    });
  },
};

// The platform modules are separate entries reached through the package's `#platform` import
// map, so Node gets undici and node:crypto and every other runtime gets fetch and pure-JS
// hashing without either being bundled into the other.
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
  esbuildPlugins: [
    // Only the `./zod` entry holds zod; core's own schemas (validation/schemas.ts) import it
    // through that entry like the service packages do, rather than sharing a chunk with it.
    {
      name: 'zod-through-own-entry',
      setup(build) {
        build.onResolve({ filter: /^zod\/mini$/ }, (args) =>
          /[\\/]src[\\/]zod\.ts$/.test(args.importer) ? undefined : { path: '@skiff/core/zod', external: true },
        );
      },
    },
    xmlTakesRoot,
  ],
  // zodOnFirstUse.ts makes its require from the file's path in the CommonJS build and from its
  // URL in the ESM build.
  esbuildOptions(options, { format }) {
    options.define = { ...options.define, __CJS__: String(format === 'cjs') };
  },
  platform: 'browser',
  // No entry shares a module with another (see xmlTakesRoot), so no chunk is made; kept on so
  // that one would appear rather than a second copy of a class (packaging.test.ts finds it).
  splitting: true,
});
