// Service-wide facts of S4's S3 API (document 004, "Common Details" and "S3 API").
import type { ServiceSpec } from '@skiff/core';
import { restXml } from '@skiff/core/xml';
import { COMMON_ERRORS } from './errors.js';

/** The S4 regions of document 004's endpoint table (`g` points at eu-central-1). */
export const S4_REGIONS = ['eu-central-1', 'eu-central-2', 'ca-central-1', 'ca-west-1'] as const;

export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** `https://s3.<region>.s4.mega.io`; any other region name follows the same pattern. */
export function s4Endpoint(region: string): string {
  return `https://s3.${region}.s4.mega.io`;
}

/**
 * The signing region an S4 host names (`s3.ca-west-1.s4.mega.io`, also behind a bucket
 * label); `g` is eu-central-1. Undefined for any other host.
 */
export function regionOfS4Host(host: string): string | undefined {
  const m = /(?:^|\.)s3\.([a-z0-9-]+)\.s4\.mega\.io\.?$/i.exec(host);
  if (!m) return undefined;
  const r = m[1]!.toLowerCase();
  return r === 'g' ? 'eu-central-1' : r;
}

// Endpoints S3Client moved the bucket into (virtual-hosted): the protocol then leaves the
// `{Bucket}` label out of the path. Keyed by the URL object the client hands the protocol.
const virtualHosted = /* @__PURE__ */ new WeakSet<URL>();
export const markVirtualHosted = (url: URL): URL => (virtualHosted.add(url), url);
const BUCKET_LABEL: ReadonlySet<string> = /* @__PURE__ */ new Set(['Bucket']);
const NONE: ReadonlySet<string> = /* @__PURE__ */ new Set();

export const s3Service: ServiceSpec = {
  name: 'S3',
  signingName: 's3',
  // Request documents as botocore writes them (no `<?xml …?>`, no Content-Type), byte for byte.
  protocol: /* @__PURE__ */ restXml({ omitLabels: (_input, ctx) => (virtualHosted.has(ctx.endpoint) ? BUCKET_LABEL : NONE), xmlDeclaration: false, documentContentType: null }),
  endpoint: s4Endpoint,
  errors: COMMON_ERRORS,
  // S3 signing rules: x-amz-content-sha256 always sent and signed, the path signed as sent.
  s3Signing: true,
};
