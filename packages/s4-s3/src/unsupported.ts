// Members of AWS's S3 operations that S4 does not support (MEGA S4 documentation, S3 API:
// ACLs, server-side encryption, checksums, tagging, object lock, versions, conditional writes
// and copies, request payer, expected bucket owner). S4 ignores them without a word, so an
// object would read as encrypted, locked or checked when it is not: each is refused before
// sending, naming it (s4-iam refuses its unsupported list filters the same way). They are not
// in the input types; these catch them from JavaScript and from code written for AWS SDK v3.
import { unsupported } from '@skiff/core';

/** A schema refusing each member of `groups`, to spread into an operation's members. */
/* @__NO_SIDE_EFFECTS__ */
export function refused(...groups: ReadonlyArray<readonly string[]>): Record<string, ReturnType<typeof unsupported>> {
  const out: Record<string, ReturnType<typeof unsupported>> = {};
  for (const g of groups) for (const name of g) out[name] = unsupported('S4');
  return out;
}

/** Every bucket and object operation's. */
export const ACCOUNT = ['ExpectedBucketOwner', 'RequestPayer'] as const;
export const ACL = ['ACL', 'GrantFullControl', 'GrantRead', 'GrantReadACP', 'GrantWriteACP'] as const;
/** Encryption with the caller's key, on writes and reads. */
export const SSE_C = ['SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5'] as const;
/** What a write would store with the object besides its data and headers. */
export const STORED = ['ServerSideEncryption', 'SSEKMSKeyId', 'SSEKMSEncryptionContext', 'BucketKeyEnabled', 'Tagging', 'ObjectLockMode', 'ObjectLockRetainUntilDate', 'ObjectLockLegalHoldStatus', 'WebsiteRedirectLocation', 'ChecksumAlgorithm'] as const;
export const CHECKSUMS = ['ChecksumAlgorithm', 'ChecksumCRC32', 'ChecksumCRC32C', 'ChecksumCRC64NVME', 'ChecksumSHA1', 'ChecksumSHA256'] as const;
/** Conditions a write would be refused on (an overwrite, a changed object). */
export const WRITE_IF = ['IfMatch', 'IfNoneMatch'] as const;
export const COPY_SOURCE = ['CopySourceIfMatch', 'CopySourceIfNoneMatch', 'CopySourceIfModifiedSince', 'CopySourceIfUnmodifiedSince', 'CopySourceSSECustomerAlgorithm', 'CopySourceSSECustomerKey', 'CopySourceSSECustomerKeyMD5', 'ExpectedSourceBucketOwner'] as const;
/** A read of something other than the current object, or on a condition S4 does not check. */
export const READ = ['VersionId', 'PartNumber', 'IfUnmodifiedSince', 'ChecksumMode'] as const;
