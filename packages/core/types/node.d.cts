// Node's declarations of @skiff/core for require (see node.d.ts).
export * from '../dist/index.cjs';
export type { NodeStreamingBody as StreamingBody } from '../dist/index.cjs';
