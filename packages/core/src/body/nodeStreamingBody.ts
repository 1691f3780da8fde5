import type { Readable } from 'node:stream';
import type { SdkStreamMixin } from './streams.js';

/** A streaming response body in Node: a Node Readable with the v3 helpers (body/streams.ts, sdkStream). */
export type NodeStreamingBody = Readable & SdkStreamMixin;
