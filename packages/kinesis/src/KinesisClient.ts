import { Client, type ClientConfig } from '@skiff/core';
import { kinesisService } from './service.js';

export type KinesisClientConfig = ClientConfig;

/**
 * The Kinesis client: `client.send(new PutRecordCommand({...}))`. Speaks HTTP/1.1 (undici
 * in Node, fetch elsewhere), so it works against kinesalite and other local servers too.
 */
export class KinesisClient extends Client {
  constructor(config: KinesisClientConfig = {}) {
    super(kinesisService, config);
  }
}
