// ListStreams: ../shared/seeds/003 "ListStreams" (paginated: paginators.ts), with today's
// NextToken and StreamSummaries.
import * as z from 'zod/mini';
import { createCommand, defineOperation, list, struct } from '@skiff/core';
import { ExpiredNextTokenException, InvalidArgumentException, LimitExceededException } from '../errors.js';
import { limit, nextToken, streamName, type StreamModeDetails, type StreamStatus } from '../shapes.js';

export interface ListStreamsInput {
  /** The maximum number of names (the service's default is 10). */
  Limit?: number;
  /** The name after which the list starts (the last name of the previous page). */
  ExclusiveStartStreamName?: string;
  /** The previous page's NextToken (today's API). */
  NextToken?: string;
}
export interface StreamSummary {
  StreamName: string;
  StreamARN: string;
  StreamStatus: StreamStatus | (string & {});
  StreamModeDetails?: StreamModeDetails;
  StreamCreationTimestamp?: Date;
}
export interface ListStreamsOutput {
  StreamNames?: string[];
  HasMoreStreams?: boolean;
  NextToken?: string;
  StreamSummaries?: StreamSummary[];
}

export const ListStreams = /* @__PURE__ */ defineOperation<ListStreamsInput, ListStreamsOutput>({
  name: 'ListStreams',
  input: () => ({
    Limit: z.optional(limit()),
    ExclusiveStartStreamName: z.optional(streamName()),
    NextToken: z.optional(nextToken()),
  }),
  output: { StreamSummaries: /* @__PURE__ */ list(/* @__PURE__ */ struct({ StreamCreationTimestamp: 'timestamp' })) },
  errors: [ExpiredNextTokenException, InvalidArgumentException, LimitExceededException],
});
export const ListStreamsCommand = /* @__PURE__ */ createCommand(ListStreams);
export type ListStreamsCommand = InstanceType<typeof ListStreamsCommand>;
