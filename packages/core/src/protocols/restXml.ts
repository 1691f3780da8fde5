import { md5 } from '#platform';
import { fromUtf8, toBase64, utf8 } from '../body/bytes.js';
import { readAll } from '../body/streams.js';
import type { Operation } from '../operation/Operation.js';
import { ParamValidationError } from '../errors/ParamValidationError.js';
import { ResponseParseError } from '../errors/transportErrors.js';
import type { HttpResponse } from '../transport/Transport.js';
import { coerce, coerceStruct } from './coerce.js';
import { bindInput, bindOutput, buildUrl, payloadBody, payloadMember, streamedPayload } from './httpBindings.js';
import { snippet, statusCode } from './json.js';
import { EmbeddedError, type ParsedError, type Protocol, type RequestProtocol, type SerializeContext } from './Protocol.js';
import { xmlDocument } from './xmlBuilder.js';
import { parseXml, refuseHtmlPage, rootOf } from './xmlParser.js';

export interface RestXmlOptions {
  /** Labels dropped from the path because they moved into the host (virtual-hosted S3). */
  omitLabels?: (input: Record<string, unknown>, ctx: SerializeContext) => ReadonlySet<string>;
  /** Start request documents with `<?xml …?>` (default true; botocore writes none). */
  xmlDeclaration?: boolean;
  /** Content-Type of request documents (default `application/xml`; null sends none, as botocore does for S3). */
  documentContentType?: string | null;
}

/** The request half of restXml, for a presigner: it builds requests and parses nothing. */
/* @__NO_SIDE_EFFECTS__ */
export function restXmlRequest(opts: RestXmlOptions = {}): RequestProtocol {
  return {
    name: 'restXml',
    async serialize<I>(op: Operation<I, unknown>, input: I, ctx: SerializeContext) {
      const rec = input as Record<string, unknown>;
      const b = bindInput(op as Operation<unknown, unknown>, rec, opts.omitLabels?.(rec, ctx));
      const headers = b.headers;
      let body;
      const root = op.xml?.inputRoot;
      if (b.payload) {
        if (b.payload.kind === 'document') {
          if (b.payload.value !== undefined && root) {
            body = utf8(xmlDocument(root, b.payload.value as Record<string, unknown>, op.xml?.inputShape, op.xml?.namespace, opts.xmlDeclaration));
            setDocumentType(headers, opts);
          }
        } else body = payloadBody(b.payload.value);
      } else if (root && Object.keys(b.bodyMembers).length) {
        body = utf8(xmlDocument(root, b.bodyMembers, op.xml?.inputShape, op.xml?.namespace, opts.xmlDeclaration));
        setDocumentType(headers, opts);
      }
      // Content-MD5 is computed here, not in the client, so only S3's bundles carry MD5. One
      // the caller gave is checked against a body held in memory: the service would refuse a
      // wrong one (BadDigest) only after the whole body had been sent.
      if (op.contentMd5 && body instanceof Uint8Array) {
        const digest = toBase64(await md5(body));
        const given = headers['content-md5'];
        if (given === undefined) headers['content-md5'] = digest;
        else if (given !== digest) throw new ParamValidationError([{ path: md5Member(op.bindings), message: `is ${given} but the MD5 of the body is ${digest} (BadDigest)` }], op.name);
      }
      return { method: op.http?.method ?? 'GET', url: buildUrl(ctx.endpoint, b.path, b.query), headers, body: body as never };
    },
  };
}

/** restXml: HTTP bindings with XML documents (S3). */
/* @__NO_SIDE_EFFECTS__ */
export function restXml(opts: RestXmlOptions = {}): Protocol {
  return {
    ...restXmlRequest(opts),
    async parse<O>(op: Operation<unknown, O>, response: HttpResponse) {
      const out = bindOutput(op as Operation<unknown, unknown>, response.status, response.headers);
      const pm = payloadMember(op as Operation<unknown, unknown>);
      if (pm && pm[1].kind === 'stream') {
        out[pm[0]] = streamedPayload(response.body);
        return out as O;
      }
      const { bytes } = await readAll(response.body);
      refuseHtmlPage(bytes);
      if (pm && pm[1].kind === 'string') {
        out[pm[0]] = fromUtf8(bytes);
        return out as O;
      }
      const expected = op.xml?.outputRoot;
      // An operation that reads nothing from the body ignores whatever a success carries
      // (moto answers PutBucketPolicy with the text `True`).
      if (!expected && (op.http?.method === 'HEAD' || bytes.byteLength === 0 || (!pm && !op.output))) return out as O;
      const [rootName, content] = expected ? resultRoot(op.name, expected, op.xml?.outputRootAliases, bytes, response) : rootOf(parseXml(bytes));
      if (rootName === 'Error') throw new EmbeddedError(xmlError(content, response));
      // A document payload (S3 CopyObjectResult) is the root element, kept as one member.
      if (pm && pm[1].kind === 'document') out[pm[0]] = coerce(content, op.output?.[pm[0]], true);
      else Object.assign(out, coerceStruct(content, op.output ?? {}, true));
      return out as O;
    },
    parseError(_op, response, body) {
      return parseRestXmlError(response, body);
    },
  };
}

/**
 * The root of a result that only its body proves (`xml.outputRoot`): S3 answers
 * CompleteMultipartUpload, CopyObject and UploadPartCopy with 200 before the work is done, and
 * a failure then arrives in that body. A body cut short, empty, or with another root leaves
 * the outcome unknown; an <Error> is the failure. Either is retried (these operations are safe
 * to repeat), never read as a success.
 */
function resultRoot(opName: string, expected: string, aliases: readonly string[] | undefined, bytes: Uint8Array, response: HttpResponse): [string, Record<string, unknown>] {
  let root: [string, Record<string, unknown>];
  try {
    root = rootOf(parseXml(bytes));
  } catch (e) {
    throw new ResponseParseError(`${opName}: ${(e as Error).message}`, { retryable: true });
  }
  if (root[0] === 'Error') throw new EmbeddedError(xmlError(root[1], response), true);
  if (root[0] !== expected && !aliases?.includes(root[0])) {
    const found = root[0] ? `<${root[0]}>` : bytes.byteLength ? 'no element' : 'no body';
    throw new ResponseParseError(`${opName}: the ${response.status} answer has ${found} where <${expected}> belongs, so the outcome is unknown (S3 answers 200 before it is done)`, { retryable: true });
  }
  return root;
}

/** The input member bound to Content-MD5 (S3: ContentMD5). */
function md5Member(bindings: Operation<unknown, unknown>['bindings']): string {
  for (const [member, b] of Object.entries(bindings ?? {})) if (b.in === 'header' && b.name.toLowerCase() === 'content-md5') return member;
  return 'Content-MD5';
}

function setDocumentType(headers: Record<string, string>, opts: RestXmlOptions): void {
  const type = opts.documentContentType === undefined ? 'application/xml' : opts.documentContentType;
  if (type !== null) headers['content-type'] ??= type;
}

function xmlError(content: Record<string, unknown>, response: HttpResponse): ParsedError {
  const { Code, Message, RequestId, HostId, ...rest } = content as Record<string, string>;
  return {
    code: String(Code ?? statusCode(response.status)),
    message: String(Message ?? Code ?? `HTTP ${response.status}`),
    requestId: (RequestId as string) ?? response.headers['x-amz-request-id'],
    details: { ...rest, ...(HostId ? { HostId } : {}) },
  };
}

export function parseRestXmlError(response: HttpResponse, body: Uint8Array): ParsedError {
  const requestId = response.headers['x-amz-request-id'];
  if (body.byteLength === 0) {
    // HEAD responses carry no body: the status is all there is.
    return { code: statusCode(response.status), message: `HTTP ${response.status}`, requestId };
  }
  try {
    const [name, content] = rootOf(parseXml(body));
    if (name === 'Error') return xmlError(content, response);
    if (name === 'ErrorResponse') return xmlError((content.Error as Record<string, unknown>) ?? {}, response);
  } catch {
    // not XML: a proxy's HTML page, say
  }
  return { code: statusCode(response.status), message: `HTTP ${response.status}: ${snippet(fromUtf8(body))}`, requestId };
}
