import { createCommand, defineOperation, type StreamingBody, str } from '@skiff/core';
import * as z from 'zod/mini';
import { ContainerNotFoundException, InternalServerError, ObjectNotFoundException, RequestedRangeNotSatisfiableException } from '../errors.js';
import { RANGE, objectPath } from '../shapes.js';

export interface GetObjectInput {
  /** The object's path in the container (1..900 characters, at most 10 folders). */
  Path: string;
  /** `bytes=first-last`, `bytes=first-` or the suffix `bytes=-count`. */
  Range?: string;
}

export interface GetObjectOutput {
  /** The object's bytes as they arrive (not buffered): read it once. */
  Body?: StreamingBody;
  CacheControl?: string;
  /** For a ranged read: which bytes of the whole object came back. */
  ContentRange?: string;
  ContentLength?: number;
  ContentType?: string;
  ETag?: string;
  LastModified?: Date;
  /** 200 for the whole object, 206 for a range. */
  StatusCode?: number;
}

/** 000 GetObject: `GET /{Path+}`; the body streams (002: even while a STREAMING upload goes on). */
export const GetObject = /* @__PURE__ */ defineOperation<GetObjectInput, GetObjectOutput>({
  name: 'GetObject',
  input: () => ({ Path: objectPath(), Range: z.optional(str({ pattern: RANGE })) }),
  http: { method: 'GET', path: '/{Path+}' },
  bindings: { Path: { in: 'path', name: 'Path', greedy: true }, Range: { in: 'header', name: 'Range' } },
  outputBindings: {
    Body: { in: 'payload', kind: 'stream' },
    CacheControl: { in: 'header', name: 'Cache-Control' },
    ContentRange: { in: 'header', name: 'Content-Range' },
    ContentLength: { in: 'header', name: 'Content-Length', type: 'integer' },
    ContentType: { in: 'header', name: 'Content-Type' },
    ETag: { in: 'header', name: 'ETag' },
    LastModified: { in: 'header', name: 'Last-Modified', type: 'timestamp' },
    StatusCode: { in: 'status' },
  },
  errors: [ContainerNotFoundException, InternalServerError, ObjectNotFoundException, RequestedRangeNotSatisfiableException],
});
export const GetObjectCommand = /* @__PURE__ */ createCommand(GetObject);
export type GetObjectCommand = InstanceType<typeof GetObjectCommand>;
