// CreateStream: ../shared/seeds/003 "CreateStream".
import { createCommand, defineOperation, int } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceInUseException } from '../errors.js';
import { streamName } from '../shapes.js';

export interface CreateStreamInput {
  StreamName: string;
  ShardCount: number;
}
/** The service answers with an empty body. */
export interface CreateStreamOutput {}

export const CreateStream = /* @__PURE__ */ defineOperation<CreateStreamInput, CreateStreamOutput>({
  name: 'CreateStream',
  input: () => ({
    StreamName: streamName(),
    // The 2013 document gives no range; the live service (and kinesalite) take 1..100000.
    ShardCount: int({ min: 1, max: 100_000 }),
  }),
  errors: [InvalidArgumentException, LimitExceededException, ResourceInUseException],
});
export const CreateStreamCommand = /* @__PURE__ */ createCommand(CreateStream);
export type CreateStreamCommand = InstanceType<typeof CreateStreamCommand>;
