// @skiff/core: the pieces every Skiff service package stands on.
import * as platform from '#platform';
import type * as NodePlatform from './platform/node.js';
export { Client, DEFAULT_MAX_RESPONSE_BYTES, type MetadataBearer } from './client/Client.js';
export { ClientBase } from './client/ClientBase.js';
export { presign } from './client/presign.js';
export type { BaseConfig, ClientConfig, ClientHooks, Logger, SendOptions } from './client/ClientConfig.js';
export type { RequestSpec, ServiceSpec } from './client/Service.js';

export { Command, createCommand, type CommandClass, type InputOf, type LooseInput, type OutputOf } from './operation/Command.js';
export { defineOperation, type InputMembers, type InputSchema, type Operation, type OperationSpec, type InputBinding, type OutputBinding, type PayloadSigning, type StreamingSigner, type UploadCheck } from './operation/Operation.js';
export { list, map, member, struct, xmlNamed, type DecodedShape, type MemberShape, type Shape, type TimestampFormat } from './operation/Shape.js';
export { createPaginator, type Page, type PaginationConfig, type PaginatorSpec } from './operation/paginate.js';
export { createWaiter, type WaiterConfig, type WaiterResult, type WaiterSpec, type WaiterState } from './operation/waiter.js';

export { awsJson1_0 } from './protocols/awsJson1_0.js';
export { awsJson1_1 } from './protocols/awsJson1_1.js';
export { restJson1, restJson1Request, type RestJson1Options } from './protocols/restJson1.js';
export { decodeJson, jsonBody } from './protocols/json.js';
export type { Protocol, ParsedError, RequestProtocol, SerializeContext } from './protocols/Protocol.js';
export { encodeRfc3986, encodeGreedy } from './protocols/httpBindings.js';
export { parseTimestamp } from './protocols/coerce.js';
// Protocol building blocks every protocol shares: HTTP bindings, shape coercion, error text.
// The XML entry (`@skiff/core/xml`) takes them from here rather than from a chunk of its own
// (tsup.config.ts says why).
export { bindInput, bindOutput, buildUrl, payloadBody, payloadMember, streamedPayload, type BoundRequest } from './protocols/httpBindings.js';
export { coerce, coerceStruct, isUnsafeKey } from './protocols/coerce.js';
export { formatTimestamp, wireName } from './protocols/timestamps.js';
export { snippet, statusCode } from './protocols/json.js';
export { EmbeddedError } from './protocols/Protocol.js';

export { SkiffError, type ResponseMetadata } from './errors/SkiffError.js';
export { ParamValidationError, type ValidationIssue } from './errors/ParamValidationError.js';
export { ServiceError, defineServiceError, defineServiceException, isServiceError, SERVICE_BASE, type ServiceErrorClass, type ServiceErrorOptions } from './errors/ServiceError.js';
export { AbortError, IntegrityError, NetworkError, PaginationError, ResponseParseError, ResponseTooLargeError, TimeoutError, WaiterError } from './errors/transportErrors.js';
export { redact, registerSecret } from './errors/redact.js';
export {
  COMMON_ERRORS, IncompleteSignature, InternalFailure, InvalidAction, InvalidClientTokenId, InvalidParameterCombination, InvalidParameterValue,
  InvalidQueryParameter, MalformedQueryString, MissingAction, MissingAuthenticationToken, MissingParameter, OptInRequired,
  RequestExpired, ServiceUnavailable, ValidationError,
} from './errors/commonErrors.js';

export type { Credentials, CredentialProvider } from './credentials/Credentials.js';
export { CredentialsError, cachingProvider, chain, defaultProvider, resolveCredentials } from './credentials/providers.js';
// Node's credential sources, each usable alone (they read the environment, files and
// metadata endpoints, so they fail outside Node; a bundle that imports none holds none).
export { fromEnv } from './credentials/fromEnv.js';
export { fromIni, type IniOptions } from './credentials/fromIni.js';
export { fromProcess } from './credentials/fromProcess.js';
export { fromTokenFile, type TokenFileOptions } from './credentials/fromTokenFile.js';
export { fromContainerMetadata, type ContainerOptions } from './credentials/fromContainerMetadata.js';
export { fromInstanceMetadata, type InstanceMetadataOptions } from './credentials/fromInstanceMetadata.js';
export { fromSso, type SsoOptions } from './credentials/fromSso.js';
export { fromNodeProviderChain, type NodeChainOptions } from './credentials/fromNodeProviderChain.js';
export type { StsOptions } from './credentials/stsCalls.js';

export { RetryStrategy, parseRetryAfter, sleep, type RetryOptions } from './retry/RetryStrategy.js';
export { classify, COMMON_THROTTLING_CODES } from './retry/classify.js';

export { signRequest } from './signing/signRequest.js';
export { signStreaming } from './signing/streamingRequest.js';
export type { SigningContext } from './signing/SigningContext.js';

export type { HttpRequest, HttpResponse, Transport, TransportOptions, DefaultTransportOptions } from './transport/Transport.js';
// The runtime pieces differ per platform (`#platform`: platform/node.ts in Node's file of
// core, platform/browser.ts in the entries bundlers take; tsup.config.ts builds them in) but
// share these signatures. Typed here rather than re-exported from '#platform', so that the
// published declarations name no `#platform` specifier, which exists only at build time.
export const runtime: 'node' | 'browser' = platform.runtime;
export const createDefaultTransport: typeof NodePlatform.createDefaultTransport = platform.createDefaultTransport;
export const createSha256: typeof NodePlatform.createSha256 = platform.createSha256;
export const md5: typeof NodePlatform.md5 = platform.md5;
export const syncCrypto: typeof NodePlatform.syncCrypto = platform.syncCrypto;

export { validateInput, toIssues, formatPath } from './validation/validate.js';
export { inputObject } from './validation/inputObject.js';
export { anchored, blob, headerValue, int, maxUtf8Bytes, rule, str, stringRules, timestampInput, unsupported, HEADER_SAFE, type StringRules } from './validation/schemas.js';

export { concatBytes, fromBase64, fromUtf8, toBase64, toBytes, toHex, utf8, utf8Length } from './body/bytes.js';
export { isBlob, isReadableStream, iterate, knownLength, readAll, sdkStream, toWebStream, type BodySource, type SdkStreamMixin, type StreamingBody } from './body/streams.js';
export type { NodeStreamingBody } from './body/nodeStreamingBody.js';
