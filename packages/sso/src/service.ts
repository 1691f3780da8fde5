// Service-wide facts of the IAM Identity Center (SSO) portal API (API version 2019-06-10,
// restJson1). https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/Welcome.html
import { restJson1, type ServiceSpec } from '@skiff/core';
import * as e from './errors.js';

export const SSO_API_VERSION = '2019-06-10';

export const ssoService: ServiceSpec = {
  exception: e.SSOServiceException,
  name: 'SSO',
  // The model's signing name; every operation of the portal is unsigned (noAuth): the access
  // token `aws sso login` obtained goes in the x-amz-sso_bearer_token header.
  signingName: 'awsssoportal',
  // Every input member is bound to the query or a header: no JSON body writer needed.
  protocol: /* @__PURE__ */ restJson1(),
  endpoint: (region) => `https://portal.sso.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`,
  throttlingCodes: ['TooManyRequestsException'],
};
