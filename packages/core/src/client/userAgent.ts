// The User-Agent of requests from Node (platform/node.ts hands this to Client; browsers set
// their own and refuse one from script). The AWS SDKs' format
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-appid.html and the SDKs' user agent
// 2.1 fields): the SDK and its version, the OS, the language and runtime, the service package
// and its version, and the application's id. Sent as `User-Agent` alone, added after signing,
// so never signed, as botocore sends it. Not as `x-amz-user-agent` too (v3 does, and signs it):
// S3 refuses an x-amz-* header that is not signed (HeadersNotSigned), and signing one would put
// it in every request's SignedHeaders for a header that only informs.
import { version } from '../../package.json';
import { ParamValidationError } from '../errors/ParamValidationError.js';
import type { RequestSpec } from './Service.js';

// An app id is one user-agent token (RFC 9110 tchar), at most 50 characters as the AWS SDKs
// document it (v3 warns past 50 and sends it anyway; here a bad one fails the client's construction).
const APP_ID = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,50}$/;

export function userAgentHeaders(service: RequestSpec, appId: string | undefined): Record<string, string> {
  const id = appId ?? process.env.AWS_SDK_UA_APP_ID;
  if (id !== undefined && !APP_ID.test(id)) {
    const path = appId === undefined ? 'AWS_SDK_UA_APP_ID' : 'userAgentAppId';
    throw new ParamValidationError([{ path, message: 'must be 1 to 50 characters of a user-agent token (letters, digits and !#$%&\'*+.^_`|~-)' }], `${service.name} client config`);
  }
  const { platform, release } = process.getBuiltinModule('node:os');
  const api = (service.serviceId ?? service.name).toLowerCase().replace(/ /g, '-');
  const parts = [`skiff-js/${version}`, 'ua/2.1', `os/${platform()}#${release()}`, 'lang/js', `md/nodejs#${process.versions.node}`, `api/${api}#${service.version ?? version}`];
  if (id) parts.push(`app/${id}`);
  const ua = parts.join(' ');
  return { 'user-agent': ua };
}
