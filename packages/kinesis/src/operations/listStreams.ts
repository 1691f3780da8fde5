// ListStreams: ../shared/seeds/003 "ListStreams" (paginated: paginators.ts).
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { LimitExceededException } from '../errors.js';
import { limit, streamName } from '../shapes.js';

export interface ListStreamsInput {
  /** The maximum number of names (the service's default is 10). */
  Limit?: number;
  /** The name after which the list starts (the last name of the previous page). */
  ExclusiveStartStreamName?: string;
}
export interface ListStreamsOutput {
  StreamNames?: string[];
  HasMoreStreams?: boolean;
}

export const ListStreams = /* @__PURE__ */ defineOperation<ListStreamsInput, ListStreamsOutput>({
  name: 'ListStreams',
  input: () => ({
    Limit: z.optional(limit()),
    ExclusiveStartStreamName: z.optional(streamName()),
  }),
  errors: [LimitExceededException],
});
export const ListStreamsCommand = /* @__PURE__ */ createCommand(ListStreams);
export type ListStreamsCommand = InstanceType<typeof ListStreamsCommand>;
