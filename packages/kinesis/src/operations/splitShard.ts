// SplitShard: ../shared/seeds/003 "SplitShard".
import { createCommand, defineOperation } from '@skiff/core';
import { AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException } from '../errors.js';
import { hashKey, shardId, onStream } from '../shapes.js';

export interface SplitShardInput {
  /** StreamName or StreamARN names the stream (one of the two is required). */
  StreamName?: string;
  StreamARN?: string;
  ShardToSplit: string;
  /** The first hash key of the upper child; must lie inside the shard's range. */
  NewStartingHashKey: string;
}
/** The service answers with an empty body. */
export interface SplitShardOutput {}

export const SplitShard = /* @__PURE__ */ defineOperation<SplitShardInput, SplitShardOutput>({
  name: 'SplitShard',
  input: () =>
    onStream({
      ShardToSplit: shardId(),
      NewStartingHashKey: hashKey(),
    }),
  errors: [AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException],
});
export const SplitShardCommand = /* @__PURE__ */ createCommand(SplitShard);
export type SplitShardCommand = InstanceType<typeof SplitShardCommand>;
