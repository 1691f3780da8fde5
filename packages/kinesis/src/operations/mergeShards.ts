// MergeShards: ../shared/seeds/003 "MergeShards".
import { createCommand, defineOperation } from '@skiff/core';
import { InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException } from '../errors.js';
import { shardId, streamName } from '../shapes.js';

export interface MergeShardsInput {
  StreamName: string;
  ShardToMerge: string;
  /** Its hash key range must follow ShardToMerge's without a gap. */
  AdjacentShardToMerge: string;
}
/** The service answers with an empty body. */
export interface MergeShardsOutput {}

export const MergeShards = /* @__PURE__ */ defineOperation<MergeShardsInput, MergeShardsOutput>({
  name: 'MergeShards',
  input: () => ({
    StreamName: streamName(),
    ShardToMerge: shardId(),
    AdjacentShardToMerge: shardId(),
  }),
  errors: [InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException],
});
export const MergeShardsCommand = /* @__PURE__ */ createCommand(MergeShards);
export type MergeShardsCommand = InstanceType<typeof MergeShardsCommand>;
