import { Client, type ClientConfig } from '@skiff/core';
import { iamService } from './service.js';
import { resolveS4Region } from './s4Region.js';

export type IAMClientConfig = ClientConfig;

/**
 * The client for S4's IAM policy actions. `region` picks `https://iam.<region>.s4.mega.io`;
 * with only an S4 `endpoint`, its host names the region.
 */
export class IAMClient extends Client<IAMClientConfig> {
  constructor(config: IAMClientConfig = {}) {
    super(iamService, resolveS4Region(config, 'iam'));
  }
}
