// The AWS SDK v3's enum objects for the members this package has, so code written for v3
// compiles unchanged; keys and values are v3's. Plain objects: a bundle that does not use one
// drops it.

/** What PutObject, CopyObject and CreateMultipartUpload accept: S4 stores STANDARD only
 * (document 004: any other value is InvalidStorageClass), so that is the one key. */
export const StorageClass = { STANDARD: 'STANDARD' } as const;
export type StorageClass = (typeof StorageClass)[keyof typeof StorageClass];

/** What listings report (a string member: S3-compatible servers report their own classes),
 * with v3's values. */
export const ObjectStorageClass = {
  AWS_BACKUP_LOW_COST_WARM: 'AWS_BACKUP_LOW_COST_WARM',
  AWS_BACKUP_WARM: 'AWS_BACKUP_WARM',
  DEEP_ARCHIVE: 'DEEP_ARCHIVE',
  EXPRESS_ONEZONE: 'EXPRESS_ONEZONE',
  FSX_ONTAP: 'FSX_ONTAP',
  FSX_OPENZFS: 'FSX_OPENZFS',
  GLACIER: 'GLACIER',
  GLACIER_IR: 'GLACIER_IR',
  INTELLIGENT_TIERING: 'INTELLIGENT_TIERING',
  ONEZONE_IA: 'ONEZONE_IA',
  OUTPOSTS: 'OUTPOSTS',
  REDUCED_REDUNDANCY: 'REDUCED_REDUNDANCY',
  SNOW: 'SNOW',
  STANDARD: 'STANDARD',
  STANDARD_IA: 'STANDARD_IA',
} as const;
export type ObjectStorageClass = (typeof ObjectStorageClass)[keyof typeof ObjectStorageClass];
