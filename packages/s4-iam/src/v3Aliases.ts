// Names the AWS SDK v3 still ships for this package: its pagination config type and, for each
// waiter, the deprecated waitFor<State> beside waitUntil<State>. Skiff's waitFor<State> is the same
// function as waitUntil<State> (it throws on a failure or timeout, where v3's resolves).
import type { PaginationConfig } from '@skiff/core';
import type { IAMClient } from './IAMClient.js';

/** v3's `IAMPaginationConfiguration`: the paginators' first argument. */
export type IAMPaginationConfiguration = PaginationConfig<IAMClient>;

// v3 names IAM's error classes after the wire code plus `Exception` (code `NoSuchEntity`, class
// NoSuchEntityException); Skiff names them after the code. The same classes under v3's names,
// so `err instanceof NoSuchEntityException` works (`err.name` stays the wire code).
export {
  InvalidInput as InvalidInputException, LimitExceeded as LimitExceededException, NoSuchEntity as NoSuchEntityException,
  PolicyNotAttachable as PolicyNotAttachableException, ServiceFailure as ServiceFailureException,
} from './errors.js';
