import { createCommand, defineOperation } from '@skiff/core';
import { ContainerNotFoundException, InternalServerError, ObjectNotFoundException } from '../errors.js';
import { objectPath } from '../shapes.js';

export interface DeleteObjectInput {
  /** The object's path in the container (1..900 characters, at most 10 folders). */
  Path: string;
}

/** No members: an empty interface (not Record<string, never>, whose index signature made `$metadata` `never` on what send returns). */
export interface DeleteObjectOutput {}

/** 000 DeleteObject: `DELETE /{Path+}`. */
export const DeleteObject = /* @__PURE__ */ defineOperation<DeleteObjectInput, DeleteObjectOutput>({
  name: 'DeleteObject',
  input: () => ({ Path: objectPath() }),
  http: { method: 'DELETE', path: '/{Path+}' },
  bindings: { Path: { in: 'path', name: 'Path', greedy: true } },
  errors: [ContainerNotFoundException, InternalServerError, ObjectNotFoundException],
});
export const DeleteObjectCommand = /* @__PURE__ */ createCommand(DeleteObject);
export type DeleteObjectCommand = InstanceType<typeof DeleteObjectCommand>;
