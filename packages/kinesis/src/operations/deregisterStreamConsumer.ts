// DeregisterStreamConsumer: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Deregisters a consumer.
import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { consumerArn, consumerName, streamArn } from '../shapes.js';

export interface DeregisterStreamConsumerInput {
  /** The consumer by its ARN, or by StreamARN and ConsumerName. */
  StreamARN?: string;
  ConsumerName?: string;
  ConsumerARN?: string;
}
/** The service answers with an empty body. */
export interface DeregisterStreamConsumerOutput {}

export const DeregisterStreamConsumer = /* @__PURE__ */ defineOperation<DeregisterStreamConsumerInput, DeregisterStreamConsumerOutput>({
  name: 'DeregisterStreamConsumer',
  input: () =>
    z
      .object({ StreamARN: z.optional(streamArn()), ConsumerName: z.optional(consumerName()), ConsumerARN: z.optional(consumerArn()) })
      .check(
        z.refine((i) => i.ConsumerARN !== undefined || (i.StreamARN !== undefined && i.ConsumerName !== undefined), {
          path: ['ConsumerARN'],
          message: 'is required (or StreamARN and ConsumerName)',
        }),
      ),
  errors: [InvalidArgumentException, LimitExceededException, ResourceNotFoundException],
});
export const DeregisterStreamConsumerCommand = /* @__PURE__ */ createCommand(DeregisterStreamConsumer);
export type DeregisterStreamConsumerCommand = InstanceType<typeof DeregisterStreamConsumerCommand>;
