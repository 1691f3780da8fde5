import { Client, type ClientConfig } from '@skiff/core';
import { ssoOidcService } from './service.js';

export type SSOOIDCClientConfig = ClientConfig;

/**
 * The client for IAM Identity Center OIDC. `region` (the sso_region) picks
 * `https://oidc.<region>.amazonaws.com`. CreateToken is unsigned, so it needs no `credentials`.
 */
export class SSOOIDCClient extends Client<SSOOIDCClientConfig> {
  constructor(config: SSOOIDCClientConfig = {}) {
    super(ssoOidcService, config);
  }
}
