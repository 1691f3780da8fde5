import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

// The XML entry (`@skiff/core/xml`) holds the XML protocols only and takes everything else
// from the root entry, which exports what it needs. Left to itself the build would put the
// modules both entries use in a shared chunk: one more file for Node to resolve, read and link
// at every start. Taking them from the root entry also keeps one copy of each class
// (instanceof works across entries). This is the bundlers' build; Node's file holds both
// (src/node.ts).
const XML_MODULES = new Set(['xml', 'protocols/restXml', 'protocols/awsQuery', 'protocols/xmlParser', 'protocols/xmlBuilder'].map((m) => resolve(SRC, `${m}.ts`)));
const xmlTakesRoot: Plugin = {
  name: 'xml-takes-root',
  setup(build) {
    // tsup hands esbuild ESM and converts it to CommonJS afterwards: its define names the format.
    const root = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^\.|^#platform$/ }, (args) => {
      if (!XML_MODULES.has(args.importer)) return undefined;
      // The platform too: restXml's md5 is the root entry's.
      if (args.path === '#platform') return { path: root, external: true };
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return XML_MODULES.has(target) ? undefined : { path: root, external: true };
    });
  },
};

// `#platform` is resolved at build time and built into the files that use it: the browser
// platform (fetch, Web Crypto, pure-JS hashes) into the entries bundlers take, the Node
// platform (undici, node:crypto) into Node's one file (src/node.ts), so neither is bundled
// into the other and no start loads a platform module of its own.
const platformFor = (runtime: 'node' | 'browser'): Plugin => ({
  name: `platform-${runtime}`,
  setup(build) {
    build.onResolve({ filter: /^#platform$/ }, () => ({ path: resolve(SRC, 'platform', `${runtime}.ts`) }));
  },
});

// Only the `./zod` entry holds zod; core's own schemas (validation/schemas.ts) import it
// through that entry like the service packages do, rather than sharing a chunk with it.
const zodThroughOwnEntry: Plugin = {
  name: 'zod-through-own-entry',
  setup(build) {
    build.onResolve({ filter: /^zod\/mini$/ }, (args) =>
      /[\\/]src[\\/]zod\.ts$/.test(args.importer) ? undefined : { path: '@skiff/core/zod', external: true },
    );
  },
};

// zod's registries module sets globalThis.__zod_globalRegistry as it loads, a side effect that
// keeps the registry class in every bundle. Skiff uses no registry (no .meta(), .describe() or
// JSON Schema), so the module is taken as side-effect free: it stays out unless used.
const zodRegistryUnused: Plugin = {
  name: 'zod-registry-unused',
  setup(build) {
    build.onResolve({ filter: /registries\.js$/ }, async (args) => {
      if (args.pluginData === 'zod-registry' || !/[\\/]zod[\\/]/.test(args.importer)) return undefined;
      const r = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'zod-registry' });
      return { path: r.path, sideEffects: false };
    });
  },
};

const common = {
  format: ['esm', 'cjs'],
  target: 'node20',
  treeshake: true,
  external: [/^node:/],
  // zod/mini is bundled into the `./zod` entry (only what is used) and given to the service
  // packages and to core's own schemas through it: see src/zod.ts. Loaded from
  // node_modules it is about ninety modules of every cold start. Dependencies are resolved as
  // for a browser (`platform`), so browser bundles stay free of Buffer and node: modules.
  // Node built-ins (platform/node.ts) and undici stay external.
  noExternal: ['zod'],
  platform: 'browser',
} satisfies Options;

// zodOnFirstUse.ts and platform/node.ts make a require from the file's path in the CommonJS
// build and from its URL in the ESM build (__CJS__); platform/node.ts loads undici with it in
// Node's own files of core, and with import() in the file bundlers take for Node
// (__NODE_FILE__: see there).
const defines = (nodeFile: boolean): Options['esbuildOptions'] => (options, { format }) => {
  options.define = { ...options.define, __CJS__: String(format === 'cjs'), __NODE_FILE__: String(nodeFile) };
};

// src/node.ts built with the Node platform in it. Its types are the entries' own
// (package.json), and the first build cleans for all.
function nodeFile(name: string, format: Options['format'], isNodeFile: boolean): Options {
  return {
    ...common,
    format,
    entry: { [name]: 'src/node.ts' },
    dts: false,
    clean: false,
    esbuildPlugins: [zodThroughOwnEntry, platformFor('node')],
    esbuildOptions: defines(isNodeFile),
  };
}

export default defineConfig([
  // What bundlers (and any runtime but Node) take: separate entries, tree-shaken per use.
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      xml: 'src/xml.ts',
      zod: 'src/zod.ts',
      // Node's `./zod`: the same names, zod loaded on first use (see the file).
      zodOnFirstUse: 'src/zodOnFirstUse.ts',
    },
    dts: true,
    // The builds run at once: this one leaves the others' files alone.
    clean: ['!node.js', '!node.cjs', '!nodeForBundlers.js'],
    esbuildPlugins: [zodThroughOwnEntry, zodRegistryUnused, xmlTakesRoot, platformFor('browser')],
    esbuildOptions: defines(false),
    // No entry shares a module with another (see xmlTakesRoot), so no chunk is made; kept on so
    // that one would appear rather than a second copy of a class (packaging.test.ts finds it).
    splitting: true,
  },
  // What Node takes for `.` and `./xml`: one file (src/node.ts says why).
  nodeFile('node', ['esm', 'cjs'], true),
  // What bundlers take for Node (`node` and `module` conditions): the same file, but that it
  // imports undici where Node's file requires it at run time, so that a bundle for Node holds
  // undici (platform/node.ts). Bundlers take ESM for either kind of importer.
  nodeFile('nodeForBundlers', ['esm'], false),
]);
