// Names the AWS SDK v3 still ships for this package: its pagination config type and, for each
// waiter, the deprecated waitFor<State> beside waitUntil<State>. Skiff's waitFor<State> is the same
// function as waitUntil<State> (it throws on a failure or timeout, where v3's resolves).
import type { PaginationConfig } from '@skiff/core';
import type { MediaStoreDataClient } from './MediaStoreDataClient.js';

/** v3's `MediaStoreDataPaginationConfiguration`: the paginators' first argument. */
export type MediaStoreDataPaginationConfiguration = PaginationConfig<MediaStoreDataClient>;
