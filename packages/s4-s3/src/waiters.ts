// Waiters over HeadBucket and HeadObject: a HEAD 404 is NotFound (no body to name it better).
import { createWaiter, type WaiterState } from '@skiff/core';
import { HeadBucketCommand } from './operations/headBucket.js';
import { HeadObjectCommand } from './operations/headObject.js';

const missing = (e: Error | undefined) => e?.name === 'NotFound' || e?.name === 'NoSuchBucket' || e?.name === 'NoSuchKey';

const exists = ({ output, error }: { output?: unknown; error?: Error }): WaiterState | undefined => (output ? 'SUCCESS' : missing(error) ? 'RETRY' : undefined);
const notExists = ({ output, error }: { output?: unknown; error?: Error }): WaiterState | undefined => (missing(error) ? 'SUCCESS' : output ? 'RETRY' : undefined);

// Delays as in the AWS SDKs (5 s, growing to 120 s); `minDelay`/`maxDelay` override them.
export const waitUntilBucketExists = /* @__PURE__ */ createWaiter(HeadBucketCommand, { minDelay: 5, maxDelay: 120, acceptor: exists });
export const waitUntilBucketNotExists = /* @__PURE__ */ createWaiter(HeadBucketCommand, { minDelay: 5, maxDelay: 120, acceptor: notExists });
export const waitUntilObjectExists = /* @__PURE__ */ createWaiter(HeadObjectCommand, { minDelay: 5, maxDelay: 120, acceptor: exists });
export const waitUntilObjectNotExists = /* @__PURE__ */ createWaiter(HeadObjectCommand, { minDelay: 5, maxDelay: 120, acceptor: notExists });
