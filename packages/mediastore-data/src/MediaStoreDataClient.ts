import { Client, type ClientConfig } from '@skiff/core';
import { dataEndpointConfig } from './dataEndpoint.js';
import { mediaStoreDataService } from './service.js';

export interface MediaStoreDataClientConfig extends ClientConfig {
  /** The container's data endpoint (DescribeContainer's Container.Endpoint), optionally with a
   * base path. Without a scheme, https is assumed. */
  endpoint: string;
}

/**
 * The MediaStore data plane of one container. The signing region is `region`, else the one
 * named by an AWS data endpoint's host (`<id>.data.mediastore.<region>.amazonaws.com`), else
 * AWS_REGION / AWS_DEFAULT_REGION.
 */
export class MediaStoreDataClient extends Client<MediaStoreDataClientConfig> {
  constructor(config: MediaStoreDataClientConfig) {
    super(mediaStoreDataService, dataEndpointConfig(config, 'MediaStoreDataClient'));
  }
}
