// Names the AWS SDK v3 still ships for this package: its pagination config type and, for each
// waiter, the deprecated waitFor<State> beside waitUntil<State>. Skiff's waitFor<State> is the same
// function as waitUntil<State> (it throws on a failure or timeout, where v3's resolves).
import type { PaginationConfig } from '@skiff/core';
import type { KinesisClient } from './KinesisClient.js';
import { waitUntilStreamExists, waitUntilStreamNotExists } from './waiters.js';

/** v3's `KinesisPaginationConfiguration`: the paginators' first argument. */
export type KinesisPaginationConfiguration = PaginationConfig<KinesisClient>;

/** @deprecated Use waitUntilStreamExists (v3's deprecation); the same function here. */
export const waitForStreamExists = waitUntilStreamExists;

/** @deprecated Use waitUntilStreamNotExists (v3's deprecation); the same function here. */
export const waitForStreamNotExists = waitUntilStreamNotExists;
