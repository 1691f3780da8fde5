// zod/mini for Skiff's own packages, bundled into core's dist once. Loaded from node_modules,
// zod/mini is about ninety modules (its locales among them), some 80 ms of every cold start;
// bundled, only what is used stays, in one file. The service packages' builds point their
// `import * as z from 'zod/mini'` here (tsup alias), so an application holds one copy of zod
// code whichever Skiff packages it uses, and a browser bundle tree-shakes it as before.
// Types still come from the zod package. test/bundles/packaging.test.ts checks that every
// `z.<name>` a built package calls is exported here.
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
