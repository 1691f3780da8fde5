import { ClientBase, type BaseConfig } from '@skiff/core';
import { dataEndpointConfig } from './dataEndpoint.js';
import { mediaStoreDataRequests } from './service.js';

export interface MediaStoreDataPresignerConfig extends BaseConfig {
  /** The container's data endpoint, as MediaStoreDataClient's. */
  endpoint: string;
}

/**
 * Makes presigned URLs as a MediaStoreDataClient does (same endpoint, region, paths and checks),
 * but cannot send: no transport, retries or response parsing. For code that only hands out
 * URLs, e.g. a page that plays an object in a `<video>` element, which cannot sign a request.
 * `getSignedUrl(presigner, command)` takes it in place of a client.
 */
export class MediaStoreDataPresigner extends ClientBase<MediaStoreDataPresignerConfig> {
  constructor(config: MediaStoreDataPresignerConfig) {
    super(mediaStoreDataRequests, dataEndpointConfig(config, 'MediaStoreDataPresigner'));
  }
}
