import { fromUtf8 } from '../body/bytes.js';
import { readAll } from '../body/streams.js';
import type { Operation } from '../operation/Operation.js';
import { bindInput, bindOutput, buildUrl, payloadBody, payloadMember, streamedPayload } from './httpBindings.js';
import { type jsonBody, parseJson, parseJsonError } from './json.js';
import type { Shape } from '../operation/Shape.js';
import { SkiffError } from '../errors/SkiffError.js';
import type { Protocol, RequestProtocol, SerializeContext } from './Protocol.js';
import type { HttpResponse } from '../transport/Transport.js';

/**
 * restJson1: HTTP bindings for path, query and headers; other members as a JSON body. The JSON
 * body writer is an option (pass core's `jsonBody`): MediaStore Data, the one restJson1 service
 * here, binds every input member to the HTTP message, and its bundles need not carry the
 * writer. The reader of a JSON output body is declared by the operations that have one
 * (OperationSpec.decodeJson), for the same reason.
 */
/* @__NO_SIDE_EFFECTS__ */
export function restJson1(opts: RestJson1Options = {}): Protocol {
  return {
    ...restJson1Request(opts),
    async parse<O>(op: Operation<unknown, O>, response: HttpResponse) {
      const out = bindOutput(op as Operation<unknown, unknown>, response.status, response.headers);
      const pm = payloadMember(op as Operation<unknown, unknown>);
      if (pm && pm[1].kind === 'stream') {
        out[pm[0]] = streamedPayload(response.body);
        return out as O;
      }
      const { bytes } = await readAll(response.body);
      if (pm) out[pm[0]] = pm[1].kind === 'string' ? fromUtf8(bytes) : parseJson(bytes);
      else if (!op.output) Object.assign(out, parseJson(bytes));
      else if (!op.decodeJson) throw new SkiffError(`${op.name}: output members need a decodeJson in the declaration`);
      else Object.assign(out, op.decodeJson(parseJson(bytes), { struct: op.output }));
      return out as O;
    },
    parseError(_op, response, body) {
      return parseJsonError(response.headers, body, response.status);
    },
  };
}

export interface RestJson1Options {
  /** The JSON body writer (core's `jsonBody`), for a service with members in the body. */
  jsonBody?: typeof jsonBody;
}

/** The request half of restJson1, for a presigner: it builds requests and parses nothing. */
/* @__NO_SIDE_EFFECTS__ */
export function restJson1Request(opts: RestJson1Options = {}): RequestProtocol {
  const writeJson = (op: Operation<unknown, unknown>, v: unknown, members?: Record<string, Shape>) => {
    if (!opts.jsonBody) throw new SkiffError(`${op.name}: a JSON body needs restJson1({ jsonBody })`);
    return opts.jsonBody(v, members);
  };
  return {
    name: 'restJson1',
    serialize<I>(op: Operation<I, unknown>, input: I, ctx: SerializeContext) {
      const b = bindInput(op as Operation<unknown, unknown>, input as Record<string, unknown>);
      const headers = b.headers;
      let body;
      if (b.payload) {
        body = b.payload.kind === 'document' ? writeJson(op as Operation<unknown, unknown>, b.payload.value) : payloadBody(b.payload.value);
        if (b.payload.kind === 'document') headers['content-type'] ??= 'application/json';
      } else if (Object.keys(b.bodyMembers).length) {
        body = writeJson(op as Operation<unknown, unknown>, b.bodyMembers, op.inputShape);
        headers['content-type'] = 'application/json';
      }
      return { method: op.http?.method ?? 'POST', url: buildUrl(ctx.endpoint, b.path, b.query), headers, body: body as never };
    },
  };
}
