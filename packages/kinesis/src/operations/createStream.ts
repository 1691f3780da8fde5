// CreateStream: ../shared/seeds/003 "CreateStream", as today's API reference has it: a
// provisioned stream with ShardCount, or an on-demand one (StreamModeDetails) without.
import * as z from 'zod/mini';
import { createCommand, defineOperation, int } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceInUseException, ValidationException } from '../errors.js';
import { streamModeDetails, streamName, tagMap, type StreamModeDetails } from '../shapes.js';

export interface CreateStreamInput {
  StreamName: string;
  /** Required for a PROVISIONED stream; absent for ON_DEMAND (the service scales it). */
  ShardCount?: number;
  /** PROVISIONED (the default) or ON_DEMAND. */
  StreamModeDetails?: StreamModeDetails;
  /** 1..200 tags (keys 1..128, values 0..256). */
  Tags?: Record<string, string>;
  /** On-demand warm throughput, MiB/s (0 or more). */
  WarmThroughputMiBps?: number;
  /** The largest record the stream takes, 1024..10240 KiB. */
  MaxRecordSizeInKiB?: number;
}
/** The service answers with an empty body. */
export interface CreateStreamOutput {}

export const CreateStream = /* @__PURE__ */ defineOperation<CreateStreamInput, CreateStreamOutput>({
  name: 'CreateStream',
  input: () => ({
    StreamName: streamName(),
    // No maximum in today's reference; the account's shard limit bounds it (kinesalite and
    // the live service answer LimitExceededException).
    ShardCount: z.optional(int({ min: 1 })),
    StreamModeDetails: z.optional(streamModeDetails()),
    Tags: z.optional(tagMap()),
    WarmThroughputMiBps: z.optional(int({ min: 0 })),
    MaxRecordSizeInKiB: z.optional(int({ min: 1024, max: 10_240 })),
  }),
  errors: [InvalidArgumentException, LimitExceededException, ResourceInUseException, ValidationException],
});
export const CreateStreamCommand = /* @__PURE__ */ createCommand(CreateStream);
export type CreateStreamCommand = InstanceType<typeof CreateStreamCommand>;
