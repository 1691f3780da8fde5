import { Client, type ClientConfig } from '@skiff/core';
import { ssoService } from './service.js';

export type SSOClientConfig = ClientConfig;

/**
 * The client for the IAM Identity Center (SSO) portal. `region` (the sso_region) picks
 * `https://portal.sso.<region>.amazonaws.com`. Its operations are unsigned, so it needs no
 * `credentials`.
 */
export class SSOClient extends Client<SSOClientConfig> {
  constructor(config: SSOClientConfig = {}) {
    super(ssoService, config);
  }
}
