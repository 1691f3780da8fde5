import { Client, type ClientConfig } from '@skiff/core';
import { dynamodbService } from './service.js';

export type DynamoDBClientConfig = ClientConfig;

/** The DynamoDB client: `client.send(new GetItemCommand({...}))`, over HTTP/1.1 (moto, dynalite and DynamoDB Local too). */
export class DynamoDBClient extends Client {
  constructor(config: DynamoDBClientConfig = {}) {
    super(dynamodbService, config);
  }
}
