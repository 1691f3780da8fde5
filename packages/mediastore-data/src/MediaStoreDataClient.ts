import {
  Client,
  validateInput,
  type ClientConfig,
  type Command,
  type MetadataBearer,
  type SendOptions,
} from '@skiff/core';
import { dataEndpointConfig } from './dataEndpoint.js';
import { mediaStoreDataService } from './service.js';
import type { CheckedOperation } from './uploadCheck.js';

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


  override async send<I, O>(command: Command<I, O>, options: SendOptions = {}): Promise<O & MetadataBearer> {
    const op = command.operation as CheckedOperation<I, O>;
    if (!op.uploadCheck) return super.send(command, options);
    // Validate first, so the check sees the input as it is sent (e.g. the Path normalised).
    const input = this.config.validation === false ? command.input : validateInput(op.schema(), command.input, op.name);
    const upload = await op.uploadCheck(input);
    const out = await super.send({ operation: op, input: upload.input } as Command<I, O>, options);
    upload.verify(out);
    return out;
  }
}
