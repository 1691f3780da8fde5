// DescribeStreamConsumer: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// One registered consumer.
import * as z from 'zod/mini';
import { createCommand, defineOperation, struct } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceNotFoundException } from '../errors.js';
import { consumerArn, consumerName, streamArn } from '../shapes.js';
import type { Consumer } from './registerStreamConsumer.js';

export interface DescribeStreamConsumerInput {
  /** The consumer by its ARN, or by StreamARN and ConsumerName. */
  StreamARN?: string;
  ConsumerName?: string;
  ConsumerARN?: string;
}
export interface ConsumerDescription extends Consumer {
  StreamARN: string;
}
export interface DescribeStreamConsumerOutput {
  ConsumerDescription?: ConsumerDescription;
}

export const DescribeStreamConsumer = /* @__PURE__ */ defineOperation<DescribeStreamConsumerInput, DescribeStreamConsumerOutput>({
  name: 'DescribeStreamConsumer',
  input: () =>
    z
      .object({ StreamARN: z.optional(streamArn()), ConsumerName: z.optional(consumerName()), ConsumerARN: z.optional(consumerArn()) })
      .check(
        z.refine((i) => i.ConsumerARN !== undefined || (i.StreamARN !== undefined && i.ConsumerName !== undefined), {
          path: ['ConsumerARN'],
          message: 'is required (or StreamARN and ConsumerName)',
        }),
      ),
  output: { ConsumerDescription: /* @__PURE__ */ struct({ ConsumerCreationTimestamp: 'timestamp' }) },
  errors: [InvalidArgumentException, LimitExceededException, ResourceNotFoundException],
});
export const DescribeStreamConsumerCommand = /* @__PURE__ */ createCommand(DescribeStreamConsumer);
export type DescribeStreamConsumerCommand = InstanceType<typeof DescribeStreamConsumerCommand>;
