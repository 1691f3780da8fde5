// Service-wide facts of IAM Identity Center OIDC (SSO OIDC, API version 2019-06-10,
// restJson1). https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/Welcome.html
import { jsonBody, restJson1, type ServiceSpec } from '@skiff/core';
import * as e from './errors.js';

export const SSO_OIDC_API_VERSION = '2019-06-10';

export const ssoOidcService: ServiceSpec = {
  exception: e.SSOOIDCServiceException,
  name: 'SSOOIDC',
  // Names AWS_ENDPOINT_URL_SSO_OIDC and the config's `sso_oidc` services key.
  serviceId: 'SSO OIDC',
  // The model's signing name; CreateToken is unsigned (noAuth): the client secret in its body
  // authenticates the client.
  signingName: 'sso-oauth',
  // CreateToken's members are in a JSON body.
  protocol: /* @__PURE__ */ restJson1({ jsonBody }),
  endpoint: (region) => `https://oidc.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`,
  throttlingCodes: ['SlowDownException'],
};
