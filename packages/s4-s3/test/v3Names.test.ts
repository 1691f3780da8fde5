// Code written for the AWS SDK v3 compiles against this package with only the import path
// changed: every name @aws-sdk/client-s3 exports for what the package covers (its commands,
// their types, errors, enums, paginators, waiters) exists here. Derived from the package's own
// exports, so an operation added later is checked too.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingV3Names } from '@skiff/testkit/exportNames';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** v3's names this package leaves out on purpose, and why. */
const allowed: Record<string, string> = {
  EncryptionTypeMismatch: 'not an S4 code (document 004): an AWS S3 feature S4 does not have (SSE, archive tiers, append writes, part limits)',
  InvalidObjectState: 'not an S4 code (document 004): an AWS S3 feature S4 does not have (SSE, archive tiers, append writes, part limits)',
  InvalidWriteOffset: 'not an S4 code (document 004): an AWS S3 feature S4 does not have (SSE, archive tiers, append writes, part limits)',
  ObjectNotInActiveTierError: 'not an S4 code (document 004): an AWS S3 feature S4 does not have (SSE, archive tiers, append writes, part limits)',
  TooManyParts: 'not an S4 code (document 004): an AWS S3 feature S4 does not have (SSE, archive tiers, append writes, part limits)',
  paginateListBuckets: 'document 004 ListBuckets takes no continuation token: one page',
};

describe('v3 names', () => {
  it('exports every name of @aws-sdk/client-s3 for what it covers', () => {
    const missing = missingV3Names({ skiffIndex: at('../src/index.ts'), v3Dir: at('../../../node_modules/@aws-sdk/client-s3'), service: 'S3', allowed });
    expect(missing).toEqual([]);
  }, 60_000);
});
