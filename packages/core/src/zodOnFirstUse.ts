// Node's `@skiff/core/zod`: the functions of ./zod.ts, with zod loaded on their first call.
// Every schema is built on first use (an operation's input is `input: () => …`), so nothing
// needs zod while a package loads, and compiling and running zod/mini's 60 KB at load cost
// about 2 ms of every cold start, `import()` or `require()`. Node resolves `./zod` here
// (package.json, `node` condition); bundlers take the `module` condition before it and get
// ./zod.ts itself, which they can follow and tree-shake. Both Node formats load one copy of
// zod, dist/zod.cjs. test/bundles/packaging.test.ts checks the names match ./zod.ts.
import type * as Zod from './zod.js';

type Z = typeof Zod;
let zod: Z | undefined;
/** Set by the build (tsup.config.ts): true in the CommonJS build. */
declare const __CJS__: boolean;

function load(): Z {
  // A require for this file: from its path in the CommonJS build, from its URL in the ESM one.
  const here = __CJS__ ? __filename : import.meta.url;
  return (zod ??= process.getBuiltinModule('node:module').createRequire(here)('./zod.cjs') as Z);
}

function onFirstUse<K extends keyof Z>(name: K): Z[K] {
  return ((...args: unknown[]) => (load()[name] as (...a: unknown[]) => unknown)(...args)) as Z[K];
}

export const array = onFirstUse('array');
export const boolean = onFirstUse('boolean');
export const custom = onFirstUse('custom');
export const date = onFirstUse('date');
const enumOf = onFirstUse('enum');
export const gte = onFirstUse('gte');
const instanceOf = onFirstUse('instanceof');
export const int = onFirstUse('int');
export const literal = onFirstUse('literal');
export const lte = onFirstUse('lte');
export const maxLength = onFirstUse('maxLength');
export const minLength = onFirstUse('minLength');
export const number = onFirstUse('number');
export const object = onFirstUse('object');
export const optional = onFirstUse('optional');
export const overwrite = onFirstUse('overwrite');
export const pipe = onFirstUse('pipe');
export const record = onFirstUse('record');
export const refine = onFirstUse('refine');
export const regex = onFirstUse('regex');
export const string = onFirstUse('string');
export const superRefine = onFirstUse('superRefine');
export const transform = onFirstUse('transform');
export const union = onFirstUse('union');
export { enumOf as enum, instanceOf as instanceof };
