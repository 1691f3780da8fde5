// MergeShards: ../shared/seeds/003 "MergeShards".
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException } from '../errors.js';
import { shardId, onStream } from '../shapes.js';

export interface MergeShardsInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  ShardToMerge: string;
  /** Its hash key range must follow ShardToMerge's without a gap. */
  AdjacentShardToMerge: string;
}
/** The service answers with an empty body. */
export interface MergeShardsOutput {}

export const MergeShards = /* @__PURE__ */ defineOperation<MergeShardsInput, MergeShardsOutput>({
  name: 'MergeShards',
  input: () =>
    onStream({
      ShardToMerge: shardId(),
      AdjacentShardToMerge: shardId(),
    }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException],
});
export const MergeShardsCommand = /* @__PURE__ */ createCommand(MergeShards);
export type MergeShardsCommand = InstanceType<typeof MergeShardsCommand>;
