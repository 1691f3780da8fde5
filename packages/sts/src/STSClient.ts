import { Client, type ClientConfig } from '@skiff/core';
import { stsService } from './service.js';

export type STSClientConfig = ClientConfig;

/** The client for AWS STS. `region` picks `https://sts.<region>.amazonaws.com`. */
export class STSClient extends Client<STSClientConfig> {
  constructor(config: STSClientConfig = {}) {
    super(stsService, config);
  }
}
