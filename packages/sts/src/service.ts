// Service-wide facts of AWS STS (API version 2011-06-15, Query protocol).
// https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html
import type { ServiceSpec } from '@skiff/core';
import { awsQuery } from '@skiff/core/xml';
import { version } from '../package.json';

export const STS_API_VERSION = '2011-06-15';

export const stsService: ServiceSpec = {
  name: 'STS',
  version,
  signingName: 'sts',
  protocol: /* @__PURE__ */ awsQuery({ version: STS_API_VERSION }),
  // Regional endpoints (the default of every current AWS SDK); China has its own domain.
  endpoint: (region) => `https://sts.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`,
  throttlingCodes: ['IDPCommunicationError'],
};
