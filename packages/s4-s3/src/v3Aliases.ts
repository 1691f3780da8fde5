// Names the AWS SDK v3 still ships for this package: its pagination config type and, for each
// waiter, the deprecated waitFor<State> beside waitUntil<State>. Skiff's waitFor<State> is the same
// function as waitUntil<State> (it throws on a failure or timeout, where v3's resolves).
import type { PaginationConfig } from '@skiff/core';
import type { S3Client } from './S3Client.js';
import { waitUntilBucketExists, waitUntilBucketNotExists, waitUntilObjectExists, waitUntilObjectNotExists } from './waiters.js';

/** v3's `S3PaginationConfiguration`: the paginators' first argument. */
export type S3PaginationConfiguration = PaginationConfig<S3Client>;

/** @deprecated Use waitUntilBucketExists (v3's deprecation); the same function here. */
export const waitForBucketExists = waitUntilBucketExists;

/** @deprecated Use waitUntilBucketNotExists (v3's deprecation); the same function here. */
export const waitForBucketNotExists = waitUntilBucketNotExists;

/** @deprecated Use waitUntilObjectExists (v3's deprecation); the same function here. */
export const waitForObjectExists = waitUntilObjectExists;

/** @deprecated Use waitUntilObjectNotExists (v3's deprecation); the same function here. */
export const waitForObjectNotExists = waitUntilObjectNotExists;
