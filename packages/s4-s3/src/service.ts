// Service-wide facts of S4's S3 API (document 004, "Common Details" and "S3 API").
import type { BaseConfig, Operation, RequestSpec, ServiceSpec } from '@skiff/core';
import { restXml, restXmlRequest, type RestXmlOptions } from '@skiff/core/xml';
import { COMMON_ERRORS } from './errors.js';
import { isDnsSafeBucket } from './names.js';
import { S3ServiceException } from './errors.js';
import { version } from '../package.json';

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

// Endpoints moved the bucket into (virtual-hosted): the protocol then leaves the `{Bucket}`
// label out of the path. Keyed by the URL object resolveEndpoint hands the protocol.
const virtualHosted = /* @__PURE__ */ new WeakSet<URL>();
const BUCKET_LABEL: ReadonlySet<string> = /* @__PURE__ */ new Set(['Bucket']);
const NONE: ReadonlySet<string> = /* @__PURE__ */ new Set();

// Request documents as botocore writes them (no `<?xml …?>`, no Content-Type), byte for byte.
const XML_OPTIONS: RestXmlOptions = {
  omitLabels: (_input, ctx) => (virtualHosted.has(ctx.endpoint) ? BUCKET_LABEL : NONE),
  xmlDeclaration: false,
  documentContentType: null,
};

/**
 * The bucket goes in the host (`https://bucket.host/key`) when it is one DNS label and the
 * host is a name; in the path with `forcePathStyle`, for IP addresses, `localhost`, and
 * dotted names over TLS (a wildcard certificate covers one label).
 */
function resolveEndpoint(url: URL, op: Operation<unknown, unknown>, input: unknown, config: BaseConfig & { forcePathStyle?: boolean }): URL {
  const bucket = (input as { Bucket?: unknown } | undefined)?.Bucket;
  if (typeof bucket !== 'string' || !op.http?.path.includes('{Bucket}') || config.forcePathStyle) return url;
  const host = url.hostname;
  if (host === 'localhost' || host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host) || !isDnsSafeBucket(bucket, url.protocol === 'https:')) return url;
  url.hostname = `${bucket}.${host}`;
  virtualHosted.add(url);
  return url;
}

/** `g` (the s3.g.s4.mega.io alias) signs as eu-central-1. */
function signingRegion(region: string): string {
  return region === 'g' ? 'eu-central-1' : region;
}

/** What building and signing an S3 request needs: all S3Presigner holds. */
export const s3Requests: RequestSpec = {
  name: 'S3',
  signingName: 's3',
  protocol: /* @__PURE__ */ restXmlRequest(XML_OPTIONS),
  endpoint: s4Endpoint,
  resolveEndpoint,
  signingRegion,
  // S3 signing rules: x-amz-content-sha256 always sent and signed, the path signed as sent.
  s3Signing: true,
};

// Written out, not `{ ...s3Requests, … }`: bundlers keep a spread (it could run getters), and
// with it the response half of restXml would ride along in every presigner bundle.
export const s3Service: ServiceSpec = {
  exception: S3ServiceException,
  name: 'S3',
  version,
  signingName: 's3',
  protocol: /* @__PURE__ */ restXml(XML_OPTIONS),
  endpoint: s4Endpoint,
  resolveEndpoint,
  signingRegion,
  errors: COMMON_ERRORS,
  s3Signing: true,
};

/**
 * Region and endpoint (seed-decisions.md, "S4 region and endpoint"): the region signs and
 * picks `https://s3.<region>.s4.mega.io`; given only an S4 endpoint, the region is read from
 * its host; given both, `region` wins.
 */
export function s3Config<C extends BaseConfig>(config: C): C {
  const fromHost = config.region === undefined && config.endpoint ? regionOfS4Host(hostOf(config.endpoint)) : undefined;
  return fromHost ? { ...config, region: fromHost } : config;
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).hostname;
  } catch {
    return '';
  }
}
