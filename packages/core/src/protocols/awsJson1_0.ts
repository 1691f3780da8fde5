import { awsJson } from './awsJson.js';
import type { Protocol } from './Protocol.js';

/** awsJson1_0 (DynamoDB, SQS): see awsJson.ts. */
/* @__NO_SIDE_EFFECTS__ */
export function awsJson1_0(opts: { targetPrefix: string }): Protocol {
  return awsJson('1.0', opts);
}
