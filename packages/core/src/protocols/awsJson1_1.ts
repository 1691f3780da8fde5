import { awsJson } from './awsJson.js';
import type { Protocol } from './Protocol.js';

/** awsJson1_1 (Kinesis, MediaStore): see awsJson.ts. */
/* @__NO_SIDE_EFFECTS__ */
export function awsJson1_1(opts: { targetPrefix: string }): Protocol {
  return awsJson('1.1', opts);
}
