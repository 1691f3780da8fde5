// zod/mini for Skiff's own packages, bundled into core's dist once. Loaded from node_modules,
// zod/mini is about ninety modules (its locales among them), some 80 ms of every cold start;
// bundled, only what is used stays, in one file. The service packages' builds point their
// `import * as z from 'zod/mini'` here (tsup alias), so an application holds one copy of zod
// code whichever Skiff packages it uses, and a browser bundle tree-shakes it as before.
// Types still come from the zod package. test/bundles/packaging.test.ts checks that every
// `z.<name>` a built package calls is exported here.
//
// The version is pinned to zod 4.0 (`~4.0.17` in every package): the same API, but its mini core
// bundles smaller than later minors' (measured in the MediaStore Data GetObject browser bundle,
// gzip -9: 4.0.17 14.84 KB, 4.1.13 and 4.3.6 15.26-15.28 KB, where 4.1-4.3 keep zod's global
// registry, a module with side effects, and 4.6.7 15.42 KB). Skiff uses none of what 4.1+
// added (codecs, registries, new formats); the whole test suite runs on the pinned version.
export {
  array,
  boolean,
  custom,
  date,
  enum,
  gte,
  instanceof,
  int,
  literal,
  lte,
  maxLength,
  minLength,
  number,
  object,
  optional,
  overwrite,
  pipe,
  record,
  refine,
  regex,
  string,
  superRefine,
  transform,
  union,
} from 'zod/mini';
