import type * as z from 'zod/mini';
import type { MetadataBearer } from '../client/Client.js';
import type { ServiceErrorClass } from '../errors/ServiceError.js';
import type { SigningContext } from '../signing/SigningContext.js';
import type { HttpRequest } from '../transport/Transport.js';
import type { decodeJson } from '../protocols/json.js';
import type { Shape } from './Shape.js';

/** Where an input member goes in a REST request. */
export type InputBinding =
  | { in: 'header'; name: string }
  | { in: 'headers'; prefix: string }
  | { in: 'query'; name: string }
  | { in: 'path'; name: string; greedy?: boolean }
  | { in: 'payload'; kind: 'blob' | 'string' | 'document' };

/** Where an output member comes from in a REST response. */
export type OutputBinding =
  | { in: 'header'; name: string; type?: 'string' | 'integer' | 'boolean' | 'timestamp' }
  | { in: 'headers'; prefix: string }
  | { in: 'status' }
  | { in: 'payload'; kind: 'stream' | 'string' | 'document' };

/** How the body of a request is signed. */
export type PayloadSigning =
  /** The SHA-256 of the body (or of the empty string). */
  | 'sha256'
  /** `UNSIGNED-PAYLOAD` (MediaStore Data PutObject, S3 presigned URLs). */
  | 'unsigned'
  /** aws-chunked, STREAMING-AWS4-HMAC-SHA256-PAYLOAD: each chunk signed. */
  | 'streaming-signed';

/** Signs an upload as aws-chunked: the request comes back with the chunk encoder as its body. */
export type StreamingSigner = (request: HttpRequest, ctx: SigningContext) => Promise<HttpRequest>;

/** An input's members, each with the zod schema of its documented constraints. */
export type InputMembers<I> = { readonly [K in keyof I]-?: z.ZodMiniType<I[K]> };

/**
 * What an input is checked against. Most operations give their members: core walks them
 * itself, so a bundle holds zod's object type only when some member is a structure. An
 * operation with a rule across members (one member required when another has a given value)
 * gives a zod schema of the whole input, `z.object({...}).check(...)`.
 */
export type InputSchema<I> = InputMembers<I> | z.ZodMiniType<I>;

/**
 * A step around sending an upload whose result the client checks (MediaStore Data PutObject
 * hashes its body as it streams, then compares the service's ContentSHA256). It gets the
 * validated input and returns the input to send, and `verify`, which throws when the output
 * shows the service stored something else. Presigning skips it: a presigned URL carries no body.
 */
export type UploadCheck<I, O> = (input: I) => Promise<{ input: I; verify(output: O & MetadataBearer): void }>;

/** One operation, declared once as data. Protocols, Command, paginators and presign read it. */
export interface OperationSpec<I, O> {
  name: string;
  /** The input's members (or the whole input's schema), built on first use (keeps module load
   * and cold start cheap). */
  input: () => InputSchema<I>;
  /** JSON protocols: input members whose wire form needs their type (a string given for a
   * `'blob'` member is sent as base64 of its UTF-8 bytes). Other members need no entry. */
  inputShape?: Record<string, Shape>;
  /** The output body's members, for lenient parsing. */
  output?: Record<string, Shape>;
  /**
   * restJson1: the reader of output members carried in a JSON body (core's `decodeJson`),
   * required with `output`. The declaration carries it, as it does streamingSigner, so that a
   * bundle whose operations take every output member from the HTTP message (MediaStore Data
   * GetObject) holds no JSON decoder. The awsJson protocols, whose outputs are all in the body,
   * have theirs built in.
   */
  decodeJson?: typeof decodeJson;
  http?: {
    method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'HEAD';
    /** `/{Bucket}/{Key+}`: labels are input members; `+` keeps slashes. */
    path: string;
    /** Query parameters that are always present (e.g. `uploads`, `policy`). */
    query?: Record<string, string>;
  };
  /** REST: where input members go; members with no binding form the body. */
  bindings?: Record<string, InputBinding>;
  /** REST: where output members come from; the rest are read from the body. */
  outputBindings?: Record<string, OutputBinding>;
  /**
   * XML protocols: the root element of a request body, and of a response body. restXml reads
   * a declared `outputRoot` as the proof of success: a 200 without it is an error (see
   * restXml's resultRoot); `outputRootAliases` are other names servers give that root.
   */
  xml?: { inputRoot?: string; outputRoot?: string; outputRootAliases?: readonly string[]; namespace?: string; inputShape?: Record<string, Shape> };
  /** Documented errors of this operation (service-wide errors live on the service). */
  errors?: readonly ServiceErrorClass[];
  /**
   * The request is sent unsigned: no credentials are asked for and no SigV4 headers are added.
   * For operations the service authorises by other means (Smithy's `@smithy.api#noAuth`,
   * botocore's `"authtype": "none"`): the SSO portal's GetRoleCredentials takes a bearer token
   * in a header, SSO OIDC's CreateToken a client secret in the body. They are what the
   * credential chain calls to get credentials in the first place, so they must not need any.
   */
  noAuth?: boolean;
  /** Body signing; default `sha256`. A function decides per request (e.g. signed chunks for
   * a stream of known length, the whole body for small bytes). */
  payloadSigning?: PayloadSigning | ((input: I, bodyLength: number | undefined) => PayloadSigning);
  /**
   * The aws-chunked signer (`signStreaming` from `@skiff/core`), required when
   * `payloadSigning` can be `'streaming-signed'`. The declaration carries it, rather than the
   * client reaching for it, so that only bundles with such an upload hold the chunk encoder.
   */
  streamingSigner?: StreamingSigner;
  /** Sends `Content-MD5` of a body held in memory (restXml: S3 uploads and bucket policy). */
  contentMd5?: boolean;
  /** The body is read once and cannot be replayed when it is a stream. */
  streamingInput?: boolean;
  /** Checks what an upload stored (see UploadCheck); declared here, so that only bundles with
   * such an upload hold the check. */
  uploadCheck?: UploadCheck<I, O>;
}

/**
 * An operation as commands carry it. Its schema is typed loosely (as zod's own types are), so
 * that a list of different commands still has one element type; the declaration is where the
 * members are checked against the input's interface.
 */
export interface Operation<I, O> extends Omit<OperationSpec<I, O>, 'input'> {
  /** The input's schema, memoised. */
  schema(): InputSchema<unknown>;
  /** A phantom member carrying the output type. */
  readonly __output?: O;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineOperation<I, O>(spec: OperationSpec<I, O>): Operation<I, O> {
  let cached: InputSchema<unknown> | undefined;
  return { ...spec, schema: () => (cached ??= spec.input()) };
}
