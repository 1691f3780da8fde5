// zod/mini for Skiff's own packages, bundled into core's dist once. Loaded from node_modules,
// zod/mini is about ninety modules (its locales among them), some 80 ms of every cold start;
// bundled, only what is used stays, in one file. The service packages' builds point their
// `import * as z from 'zod/mini'` here (tsup alias), so an application holds one copy of zod
// code whichever Skiff packages it uses, and a browser bundle tree-shakes it as before.
// Types still come from the zod package. test/bundles/packaging.test.ts checks that every
// `z.<name>` a built package calls is exported here.
//
// zod is pinned to ~4.3.6 in every package: measured in the built browser bundles (MediaStore
// Data GetObject, gzip -9), its mini core costs about 0.46 KB less than 4.5's and 4.6's; 4.1's
// and 4.0's builds came out larger still (4.0's namespace objects defeat tree-shaking in this
// build). Skiff uses the same small API on every version.
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
