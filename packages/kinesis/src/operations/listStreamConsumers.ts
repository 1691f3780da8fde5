// ListStreamConsumers: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// A stream's consumers, paged by NextToken (paginators.ts).
import * as z from 'zod/mini';
import { createCommand, defineOperation, list, struct } from '@skiff/core';
import { ExpiredNextTokenException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { maxResults, nextToken, streamArn, timestamp } from '../shapes.js';
import type { Consumer } from './registerStreamConsumer.js';

export interface ListStreamConsumersInput {
  StreamARN: string;
  NextToken?: string;
  /** 1..10,000 consumers per page. */
  MaxResults?: number;
  StreamCreationTimestamp?: Date;
}
export interface ListStreamConsumersOutput {
  Consumers?: Consumer[];
  NextToken?: string;
}

export const ListStreamConsumers = /* @__PURE__ */ defineOperation<ListStreamConsumersInput, ListStreamConsumersOutput>({
  name: 'ListStreamConsumers',
  input: () => ({ StreamARN: streamArn(), NextToken: z.optional(nextToken()), MaxResults: z.optional(maxResults()), StreamCreationTimestamp: z.optional(timestamp()) }),
  output: { Consumers: /* @__PURE__ */ list(/* @__PURE__ */ struct({ ConsumerCreationTimestamp: 'timestamp' })) },
  errors: [ExpiredNextTokenException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const ListStreamConsumersCommand = /* @__PURE__ */ createCommand(ListStreamConsumers);
export type ListStreamConsumersCommand = InstanceType<typeof ListStreamConsumersCommand>;
