import { utf8 } from '../body/bytes.js';
import { readAll } from '../body/streams.js';
import type { Operation } from '../operation/Operation.js';
import type { HttpResponse } from '../transport/Transport.js';
import { coerceStruct } from './coerce.js';
import { encodeRfc3986 } from './httpBindings.js';
import { snippet, statusCode } from './json.js';
import { fromUtf8 } from '../body/bytes.js';
import type { ParsedError, Protocol, SerializeContext } from './Protocol.js';
import { parseXml, refuseHtmlPage, rootOf } from './xmlParser.js';

/** Flattens an input into Query parameters: lists as `Name.member.N`, structures as `Name.Sub`. */
export function flattenQuery(prefix: string, value: unknown, out: Array<[string, string]>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.length === 0) out.push([prefix, '']);
    value.forEach((v, i) => flattenQuery(`${prefix}.member.${i + 1}`, v, out));
  } else if (value instanceof Date) out.push([prefix, value.toISOString()]);
  else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flattenQuery(prefix ? `${prefix}.${k}` : k, v, out);
  } else out.push([prefix, String(value)]);
}

/** awsQuery: a form-encoded POST with `Action` and `Version`; XML responses (S4 IAM). */
/* @__NO_SIDE_EFFECTS__ */
export function awsQuery(opts: { version: string }): Protocol {
  return {
    name: 'awsQuery',
    serialize<I>(op: Operation<I, unknown>, input: I, ctx: SerializeContext) {
      const params: Array<[string, string]> = [
        ['Action', op.name],
        ['Version', opts.version],
      ];
      flattenQuery('', input, params);
      const url = new URL(ctx.endpoint.href);
      if (!url.pathname.endsWith('/')) url.pathname += '/';
      return {
        method: 'POST',
        url: url.href,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: utf8(params.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&')),
      };
    },
    async parse<O>(op: Operation<unknown, O>, response: HttpResponse) {
      const { bytes } = await readAll(response.body);
      refuseHtmlPage(bytes);
      let tree: Record<string, unknown>;
      try {
        tree = parseXml(bytes);
      } catch (e) {
        // An action that answers with metadata only has already succeeded (2xx): a body it
        // does not need must not turn that into an error. S4's documented DetachUserPolicy
        // answer closes with a mis-cased tag (`</detachUserPolicyResponse>`).
        if (!op.output || Object.keys(op.output).length === 0) return {} as O;
        throw e;
      }
      const [, content] = rootOf(tree);
      const resultName = op.xml?.outputRoot ?? `${op.name}Result`;
      // Fall back to the one `…Result` element: S4's documented ListAttachedUserPolicies
      // answer wraps its result in `ListAttachedGroupPoliciesResult`.
      const result = (content[resultName] ?? content[Object.keys(content).find((k) => k.endsWith('Result')) ?? '']) as Record<string, unknown> | undefined;
      const meta = content.ResponseMetadata as Record<string, unknown> | undefined;
      const out = coerceStruct(result && typeof result === 'object' ? result : {}, op.output ?? {}, true);
      if (meta?.RequestId) Object.defineProperty(out, '$requestId', { value: String(meta.RequestId), enumerable: false });
      return out as O;
    },
    parseError(_op, response, body) {
      return parseQueryError(response, body);
    },
  };
}

export function parseQueryError(response: HttpResponse, body: Uint8Array): ParsedError {
  try {
    const [name, content] = rootOf(parseXml(body));
    if (name === 'ErrorResponse' || name === 'Response') {
      const errs = (content.Errors as Record<string, unknown>)?.Error ?? content.Error;
      const e = (Array.isArray(errs) ? errs[0] : errs) as Record<string, unknown> | undefined;
      if (e?.Code) {
        return {
          code: String(e.Code),
          message: String(e.Message ?? e.Code),
          requestId: String(content.RequestId ?? content.RequestID ?? response.headers['x-amzn-requestid'] ?? ''),
          details: e.Type ? { Type: e.Type } : undefined,
        };
      }
    }
    if (name === 'Error' && content.Code) return { code: String(content.Code), message: String(content.Message ?? content.Code), requestId: content.RequestId as string };
  } catch {
    // not XML: fall through to the status
  }
  return { code: statusCode(response.status), message: `HTTP ${response.status}: ${snippet(fromUtf8(body))}`, requestId: response.headers['x-amzn-requestid'] };
}
