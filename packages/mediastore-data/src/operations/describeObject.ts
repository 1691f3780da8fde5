import { createCommand, defineOperation } from '@skiff/core';
import { ContainerNotFoundException, InternalServerError, ObjectNotFoundException } from '../errors.js';
import { objectPath } from '../shapes.js';

export interface DescribeObjectInput {
  /** The object's path in the container (1..900 characters, at most 10 folders). */
  Path: string;
}

export interface DescribeObjectOutput {
  ETag?: string;
  ContentType?: string;
  ContentLength?: number;
  CacheControl?: string;
  LastModified?: Date;
}

/** 000 DescribeObject: `HEAD /{Path+}`, the object's headers. */
export const DescribeObject = /* @__PURE__ */ defineOperation<DescribeObjectInput, DescribeObjectOutput>({
  name: 'DescribeObject',
  input: () => ({ Path: objectPath() }),
  http: { method: 'HEAD', path: '/{Path+}' },
  bindings: { Path: { in: 'path', name: 'Path', greedy: true } },
  outputBindings: {
    ETag: { in: 'header', name: 'ETag' },
    ContentType: { in: 'header', name: 'Content-Type' },
    ContentLength: { in: 'header', name: 'Content-Length', type: 'integer' },
    CacheControl: { in: 'header', name: 'Cache-Control' },
    LastModified: { in: 'header', name: 'Last-Modified', type: 'timestamp' },
  },
  errors: [ContainerNotFoundException, InternalServerError, ObjectNotFoundException],
});
export const DescribeObjectCommand = /* @__PURE__ */ createCommand(DescribeObject);
export type DescribeObjectCommand = InstanceType<typeof DescribeObjectCommand>;
