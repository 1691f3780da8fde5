import { readAll } from '../body/streams.js';
import type { Operation } from '../operation/Operation.js';
import { decodeJson, jsonBody, parseJson, parseJsonError } from './json.js';
import type { Protocol, SerializeContext } from './Protocol.js';

/**
 * awsJson1_0 and awsJson1_1 differ on the wire only in the Content-Type they send
 * (`application/x-amz-json-1.0` or `-1.1`): every operation is a POST to `/` with
 * `X-Amz-Target: <prefix>.<Operation>` and the input as a JSON document.
 */
/* @__NO_SIDE_EFFECTS__ */
export function awsJson(version: '1.0' | '1.1', opts: { targetPrefix: string }): Protocol {
  const contentType = `application/x-amz-json-${version}`;
  return {
    name: version === '1.0' ? 'awsJson1_0' : 'awsJson1_1',
    serialize<I>(op: Operation<I, unknown>, input: I, ctx: SerializeContext) {
      const url = new URL(ctx.endpoint.href);
      if (!url.pathname.endsWith('/')) url.pathname += '/';
      return {
        method: 'POST',
        url: url.href,
        headers: {
          'content-type': contentType,
          'x-amz-target': `${opts.targetPrefix}.${op.name}`,
        },
        body: jsonBody(input, op.inputShape),
      };
    },
    async parse<O>(op: Operation<unknown, O>, response: { headers: Record<string, string>; body?: unknown }) {
      const { bytes } = await readAll(response.body as never);
      return decodeJson(parseJson(bytes), op.output && { struct: op.output }) as O;
    },
    parseError(_op, response, body) {
      return parseJsonError(response.headers, body, response.status);
    },
  };
}
