// Code written for the AWS SDK v3 compiles against this package with only the import path
// changed: every name @aws-sdk/client-kinesis exports for what the package covers (its commands,
// their types, errors, enums, paginators, waiters) exists here. Derived from the package's own
// exports, so an operation added later is checked too.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingV3Names } from '@skiff/testkit/exportNames';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** v3's names this package leaves out on purpose, and why. */
const allowed: Record<string, string> = {
  AccessDeniedException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  DryRunOperationException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  ExpiredNextTokenException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  InternalFailureException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  KMSAccessDeniedException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  KMSDisabledException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  KMSInvalidStateException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  KMSNotFoundException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  KMSOptInRequired: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
  KMSThrottlingException: 'not in the Kinesis 2013-12-02 document (a later feature: KMS, dry runs, resource policies, NextToken)',
};

describe('v3 names', () => {
  it('exports every name of @aws-sdk/client-kinesis for what it covers', () => {
    const missing = missingV3Names({ skiffIndex: at('../src/index.ts'), v3Dir: at('../../../node_modules/@aws-sdk/client-kinesis'), service: 'Kinesis', allowed });
    expect(missing).toEqual([]);
  }, 60_000);
});
