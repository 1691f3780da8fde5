// Node's file for both `@skiff/core` and `@skiff/core/xml` (package.json, `node` condition):
// the root entry and the XML protocols in one module, with the Node platform (platform/node.ts)
// built in. Every file an ESM start loads is resolved, read, compiled and linked on its own,
// and the fewer of them, the fewer young objects the loader makes: S3 loads three files
// instead of five and starts about a millisecond sooner (BENCHMARKS.md, "Core's one Node file").
// The XML code is some 12 KB that the JSON services now compile too; measured, their start
// did not get slower. Bundlers take the separate entries (index.ts, xml.ts), so browser
// bundles of JSON services still hold no XML parser; a bundler building for Node takes this
// file too, built so that it can follow undici (dist/nodeForBundlers.js, tsup.config.ts).
export * from './index.js';
export * from './xml.js';
// In Node a streaming Body is a Node Readable (body/streams.ts, sdkStream): Node's declarations
// (types/node.d.ts, and the sources' path in tsconfig) name that StreamingBody. A local export
// takes precedence over the star export's name of the same.
export type { NodeStreamingBody as StreamingBody } from './body/nodeStreamingBody.js';
