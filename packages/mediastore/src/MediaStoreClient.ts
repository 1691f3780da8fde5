import { Client, type ClientConfig } from '@skiff/core';
import { mediaStoreService } from './service.js';

/** Configuration of a MediaStoreClient: region, credentials, endpoint, transport, retries, time-outs, `validation`. */
export type MediaStoreClientConfig = ClientConfig;

/**
 * The MediaStore control plane client. Default endpoint `https://mediastore.<region>.amazonaws.com`;
 * objects go through `@skiff/mediastore-data` at a container's own endpoint.
 */
export class MediaStoreClient extends Client<MediaStoreClientConfig> {
  constructor(config: MediaStoreClientConfig = {}) {
    super(mediaStoreService, config);
  }
}
