// DeleteStream: ../shared/seeds/003 "DeleteStream".
import { createCommand, defineOperation } from '@skiff/core';
import { LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { streamName } from '../shapes.js';

export interface DeleteStreamInput {
  StreamName: string;
}
/** The service answers with an empty body. */
export interface DeleteStreamOutput {}

export const DeleteStream = /* @__PURE__ */ defineOperation<DeleteStreamInput, DeleteStreamOutput>({
  name: 'DeleteStream',
  input: () => ({ StreamName: streamName() }),
  errors: [LimitExceededException, ResourceNotFoundException],
});
export const DeleteStreamCommand = /* @__PURE__ */ createCommand(DeleteStream);
export type DeleteStreamCommand = InstanceType<typeof DeleteStreamCommand>;
