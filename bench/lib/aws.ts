// The AWS SDK v3 side, configured as a fair peer: HTTP/1.1 through NodeHttpHandler with
// keep-alive agents (v3's Kinesis client defaults to HTTP/2, which kinesalite and moto do not
// speak), static credentials, the same endpoint and region as the Skiff client.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { CREDENTIALS } from './servers.js';

export function awsHandler(maxSockets = 128): NodeHttpHandler {
  return new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets }),
    httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets }),
  });
}

/** Common v3 client config for a local endpoint. */
export const awsConfig = (endpoint: string, region = 'us-east-1') => ({
  region,
  endpoint,
  credentials: CREDENTIALS,
  requestHandler: awsHandler(),
});

/** Common Skiff client config for a local endpoint (the default undici transport). */
export const skiffConfig = (endpoint: string, region = 'us-east-1') => ({ region, endpoint, credentials: CREDENTIALS });
