// DeleteStream: ../shared/seeds/003 "DeleteStream".
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { onStream } from '../shapes.js';

export interface DeleteStreamInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  /** Deletes the stream even if it has registered consumers. */
  EnforceConsumerDeletion?: boolean;
}
/** The service answers with an empty body. */
export interface DeleteStreamOutput {}

export const DeleteStream = /* @__PURE__ */ defineOperation<DeleteStreamInput, DeleteStreamOutput>({
  name: 'DeleteStream',
  input: () => onStream({ EnforceConsumerDeletion: z.optional(z.boolean()) }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const DeleteStreamCommand = /* @__PURE__ */ createCommand(DeleteStream);
export type DeleteStreamCommand = InstanceType<typeof DeleteStreamCommand>;
