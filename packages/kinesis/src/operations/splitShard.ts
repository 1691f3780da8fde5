// SplitShard: ../shared/seeds/003 "SplitShard".
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { hashKey, shardId, streamName } from '../shapes.js';

export interface SplitShardInput {
  StreamName: string;
  ShardToSplit: string;
  /** The first hash key of the upper child; must lie inside the shard's range. */
  NewStartingHashKey: string;
}
/** The service answers with an empty body. */
export interface SplitShardOutput {}

export const SplitShard = /* @__PURE__ */ defineOperation<SplitShardInput, SplitShardOutput>({
  name: 'SplitShard',
  input: () => ({
    StreamName: streamName(),
    ShardToSplit: shardId(),
    NewStartingHashKey: hashKey(),
  }),
  errors: [InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const SplitShardCommand = /* @__PURE__ */ createCommand(SplitShard);
export type SplitShardCommand = InstanceType<typeof SplitShardCommand>;
