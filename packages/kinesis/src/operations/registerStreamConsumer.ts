// RegisterStreamConsumer: today's Kinesis API reference (2013-12-02), constraints as in botocore's service-2.json.
// Registers an enhanced fan-out consumer of a stream.
import * as z from 'zod/mini';
import { createCommand, defineOperation, struct } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { consumerName, streamArn, tagMap } from '../shapes.js';

export interface RegisterStreamConsumerInput {
  StreamARN: string;
  /** 1..128, [a-zA-Z0-9_.-]+. */
  ConsumerName: string;
  Tags?: Record<string, string>;
}
export interface Consumer {
  ConsumerName: string;
  ConsumerARN: string;
  ConsumerStatus: 'CREATING' | 'DELETING' | 'ACTIVE' | (string & {});
  ConsumerCreationTimestamp: Date;
}
export interface RegisterStreamConsumerOutput {
  Consumer?: Consumer;
}

export const RegisterStreamConsumer = /* @__PURE__ */ defineOperation<RegisterStreamConsumerInput, RegisterStreamConsumerOutput>({
  name: 'RegisterStreamConsumer',
  input: () => ({ StreamARN: streamArn(), ConsumerName: consumerName(), Tags: z.optional(tagMap()) }),
  output: { Consumer: /* @__PURE__ */ struct({ ConsumerCreationTimestamp: 'timestamp' }) },
  errors: [InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const RegisterStreamConsumerCommand = /* @__PURE__ */ createCommand(RegisterStreamConsumer);
export type RegisterStreamConsumerCommand = InstanceType<typeof RegisterStreamConsumerCommand>;
