// Node's declarations of @skiff/core (the `node` export condition): the bundlers' ones, but
// that a streaming response Body is what Node's runtime gives, a Node Readable with the v3
// helpers, where the other platforms get a web ReadableStream. A local export takes
// precedence over the star export's name.
export * from '../dist/index.js';
export type { NodeStreamingBody as StreamingBody } from '../dist/index.js';
