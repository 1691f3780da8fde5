import { defineConfig } from 'tsup';

// The library entry and the CLI (bin `skiff-mediastore-local`); both only use node: modules.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
});
