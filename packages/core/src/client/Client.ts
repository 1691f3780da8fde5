import { createDefaultTransport, userAgentHeaders } from '#platform';
import { watchBody } from '../body/watchBody.js';
import { readAll, destroy } from '../body/streams.js';
import { ServiceError } from '../errors/ServiceError.js';
import { SkiffError } from '../errors/SkiffError.js';
import { AbortError, NetworkError, ResponseParseError, TimeoutError } from '../errors/transportErrors.js';
import type { Command } from '../operation/Command.js';
import type { Operation, StreamingSigner } from '../operation/Operation.js';
import { payloadMember } from '../protocols/httpBindings.js';
import { EmbeddedError } from '../protocols/Protocol.js';
import { CLOCK_SKEW_CODES, COMMON_THROTTLING_CODES, COMMON_TRANSIENT_CODES, classify } from '../retry/classify.js';
import { RetryStrategy, parseRetryAfter, sleep } from '../retry/RetryStrategy.js';
import { signHeaders } from '../signing/signHeaders.js';
import { ParamValidationError } from '../errors/ParamValidationError.js';
import { redact, redactDeep, scrubCause } from '../errors/redact.js';
import type { HttpRequest, HttpResponse, Transport } from '../transport/Transport.js';
import type { ClientConfig, SendOptions } from './ClientConfig.js';
import { checkNumbers } from './checkNumbers.js';
import { ClientBase } from './ClientBase.js';
import type { ServiceSpec } from './Service.js';
import { toServiceError } from './toServiceError.js';

// Error bodies are read up to this size: enough for any real error, bounded for a hostile one.
const ERROR_BODY_LIMIT = 64 * 1024;
/** What a body read whole may be by default: far above any real page (a Kinesis GetRecords of 10 MiB of records is about 14 MB of JSON). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
const SKEW_THRESHOLD_MS = 5 * 60_000;

export type MetadataBearer = { $metadata: ServiceError['$metadata'] };

export class Client<C extends ClientConfig = ClientConfig> extends ClientBase<C> {
  declare protected readonly service: ServiceSpec;
  protected readonly transport: Transport;
  protected readonly retry: RetryStrategy;
  private readonly ownTransport?: { destroy(): Promise<void> };
  private readonly throttling: Set<string>;
  private readonly transient: Set<string>;
  private destroyed = false;
  /** The User-Agent headers (Node only), added to each request after signing. */
  private readonly userAgent?: Record<string, string>;

  constructor(service: ServiceSpec, config: C) {
    super(service, config);
    checkNumbers(`${service.name} client config`, { ...config, ...config.retry, ...config.transportOptions });
    this.userAgent = userAgentHeaders(service, config.userAgentAppId);
    if (config.transport) this.transport = config.transport;
    else {
      // A streamed body that goes silent for requestTimeout fails instead of hanging its reader.
      const t = createDefaultTransport({ ...config.transportOptions, connectTimeout: config.connectTimeout, bodyTimeout: config.requestTimeout ?? 60_000 });
      this.transport = t;
      this.ownTransport = t;
    }
    this.retry = new RetryStrategy({ ...config.retry, maxAttempts: config.maxAttempts });
    this.throttling = new Set([...COMMON_THROTTLING_CODES, ...(service.throttlingCodes ?? [])]);
    this.transient = new Set([...COMMON_TRANSIENT_CODES, ...(service.transientCodes ?? [])]);
  }

  async send<I, O>(command: Command<I, O>, options: SendOptions = {}): Promise<O & MetadataBearer> {
    const op = command.operation;
    if (options.maxAttempts !== undefined || options.requestTimeout !== undefined) checkNumbers(`${op.name} send options`, options);
    const { prepared, input, check } = await this.prepare(op, command.input, true);
    // A stream's length may come from a ContentLength member (bound to Content-Length).
    const bodyLength = prepared.length ?? numberOr(prepared.request.headers['content-length']);
    const payload = typeof op.payloadSigning === 'function' ? op.payloadSigning(input, bodyLength) : op.payloadSigning;
    const { hooks, logger } = this.config;
    const userSignal = options.abortSignal;
    const timeoutMs = options.requestTimeout ?? this.config.requestTimeout ?? 60_000;
    const maxAttempts = options.maxAttempts ?? this.retry.maxAttempts;
    let totalRetryDelay = 0;
    let skewRetried = false;
    for (let attempt = 1; ; attempt++) {
      if (userSignal?.aborted) throw new AbortError(`${op.name} was aborted`);
      if (this.destroyed) throw new AbortError(`${op.name}: the client was destroyed`);
      const request = { ...prepared.request, headers: { ...prepared.request.headers }, body: prepared.body() };
      await hooks?.beforeRequest?.({ operation: op.name, attempt, request });
      // One controller per attempt: the caller's signal, the time-out and destroy() all end it,
      // from the wait for credentials (a provider that hangs) to the end of the response.
      const ac = new AbortController();
      let timedOut = false;
      const onAbort = () => ac.abort(userSignal?.reason);
      userSignal?.addEventListener('abort', onAbort, { once: true });
      // A streamed body keeps the caller's signal until it ends (onBodyEnd): set when one is handed out.
      let bodyOwnsSignal = false;
      let body: ReturnType<typeof watchBody> | undefined;
      let signed: HttpRequest | undefined;
      let date: Date | undefined;
      const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), ac.abort(new TimeoutError(`${op.name} timed out after ${timeoutMs} ms`))), timeoutMs) : undefined;
      let error: SkiffError;
      let response: HttpResponse | undefined;
      try {
        if (!op.noAuth) {
          const ctx = { ...(await untilAborted(this.signingContext(), ac.signal)), payload, decodedContentLength: bodyLength };
          date = ctx.date;
          // aws-chunked uploads are signed by the signer their operation brings (see
          // OperationSpec.streamingSigner): the chunk encoder is then only in bundles that upload.
          signed = payload === 'streaming-signed' ? await streamingSigner(op as Operation<unknown, unknown>)(request, ctx) : (await signHeaders(request, ctx)).request;
          // Authorised by a token in its input (OperationSpec.noAuth): no credentials, no signature.
        } else signed = request;
        Object.assign(signed.headers, this.userAgent);
        response = await this.transport(signed, { abortSignal: ac.signal });
        await hooks?.afterResponse?.({ operation: op.name, attempt, request: signed, response });
        logger?.debug?.(`${this.service.name}.${op.name} attempt ${attempt}: HTTP ${response.status}`);
        if (response.status < 300) {
          // A streamed output (GetObject's Body) is not bounded: its reader decides.
          const streamed = payloadMember(op as Operation<unknown, unknown>)?.[1].kind === 'stream';
          body = streamed ? watchBody(response.body, Infinity, () => userSignal?.removeEventListener('abort', onAbort)) : watchBody(response.body, this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
          const out = (await this.service.protocol.parse(op as Operation<unknown, O>, { ...response, body })) as O & MetadataBearer;
          this.retry.onSuccess();
          const meta = { httpStatusCode: response.status, requestId: requestIdOf(response, out), attempts: attempt, totalRetryDelay };
          Object.defineProperty(out, '$metadata', { value: meta, enumerable: true, writable: true, configurable: true });
          // An IntegrityError thrown here is not retried: it is no service error.
          check?.verify(out);
          bodyOwnsSignal = streamed;
          return out;
        }
        const { bytes } = await readAll(response.body, ERROR_BODY_LIMIT);
        const parsed = this.service.protocol.parseError(op as Operation<unknown, unknown>, response, bytes);
        error = toServiceError(this.service, op as Operation<unknown, unknown>, redactDeep(parsed, echoable(signed)), response.status);
      } catch (e) {
        if (response) destroy(body ?? response.body);
        error = this.toError(e, op as Operation<unknown, unknown>, timedOut, userSignal, response, echoable(signed));
      } finally {
        clearTimeout(timer);
        if (!bodyOwnsSignal) userSignal?.removeEventListener('abort', onAbort);
      }
      error.$metadata = { ...error.$metadata, httpStatusCode: response?.status ?? error.$metadata.httpStatusCode, attempts: attempt, totalRetryDelay };
      if (error instanceof AbortError) throw error;
      // A wrong clock shows up as a signature/expiry error: correct it from the server's Date, once.
      if (!skewRetried && prepared.replayable && CLOCK_SKEW_CODES.includes(error.name) && response?.headers.date) {
        const server = Date.parse(response.headers.date);
        if (date && !Number.isNaN(server) && Math.abs(server - date.getTime()) > SKEW_THRESHOLD_MS) {
          this.skewMs += server - date.getTime();
          skewRetried = true;
          // Kept short (it was "… corrected from the server's Date"): every bundle with a send
          // path holds it, and the unsigned path (noAuth) above took the bytes.
          logger?.warn?.(`${this.service.name}: clock skew of ${Math.round(this.skewMs / 1000)} s corrected`);
          continue;
        }
      }
      const c = classify(error, this.throttling, this.transient);
      if (c.retryable) error.$retryable = { throttling: c.throttling };
      if (!c.retryable || attempt >= maxAttempts || !prepared.replayable || !this.retry.acquire(c.kind)) throw error;
      const delayMs = this.retry.delay(attempt, c.throttling, parseRetryAfter(response?.headers['retry-after'], Date.now()));
      await hooks?.beforeRetry?.({ operation: op.name, attempt, error, delayMs });
      logger?.debug?.(`${this.service.name}.${op.name}: ${error.name}, retrying in ${Math.round(delayMs)} ms`);
      await sleep(delayMs, userSignal);
      totalRetryDelay += delayMs;
    }
  }

  /**
   * Maps whatever a transport or parser threw to a typed error. Text read from the response
   * is scrubbed of `echoes`, the request's own signature, which a server may quote back.
   */
  private toError(e: unknown, op: Operation<unknown, unknown>, timedOut: boolean, userSignal: AbortSignal | undefined, response?: HttpResponse, echoes: readonly string[] = []): SkiffError {
    const opName = op.name;
    if (this.destroyed) return new AbortError(`${opName}: the client was destroyed`, { cause: scrubCause(e, echoes) });
    // The operation's own error classes apply to an <Error> in a 200 as to any other.
    if (e instanceof EmbeddedError) {
      // A retried one is a failure of the service that answered 200 too early: a 500 in all but its status.
      const err = toServiceError(this.service, op, redactDeep(e.error, echoes), e.retry ? 500 : (response?.status ?? 200));
      if (e.retry) err.$retryable = { throttling: this.throttling.has(err.name) };
      return err;
    }
    if (timedOut) return e instanceof TimeoutError ? e : new TimeoutError(`${opName} timed out`, { cause: scrubCause(e, echoes) });
    if (userSignal?.aborted) return new AbortError(`${opName} was aborted`, { cause: scrubCause(e, echoes) });
    // A parse error quotes the response: rebuilt from the scrubbed message, without a cause.
    if (e instanceof ResponseParseError) {
      const message = redact(e.message, echoes);
      return message === e.message ? e : new ResponseParseError(message, { retryable: e.$retryable !== undefined });
    }
    if (e instanceof SkiffError) return e;
    const err = e as { message?: string; code?: string; cause?: { code?: string; message?: string } };
    const code = err.code ?? err.cause?.code;
    if (e instanceof SyntaxError) return new ResponseParseError(`${opName}: ${redact(err.message ?? '', echoes)}`);
    return new NetworkError(`${opName}: ${redact(err.cause?.message ?? err.message ?? String(e), echoes)}`, { cause: scrubCause(e, echoes), code });
  }

  /**
   * Closes the default transport, which ends the requests in flight: each fails with an
   * AbortError and is not retried. The client sends nothing after. (A transport of your own
   * is yours to close; its requests in flight are not retried either.)
   */
  destroy(): void {
    this.destroyed = true;
    void this.ownTransport?.destroy();
  }
}

/** What of a signed request a server could quote back that must not reach an error: its signature. */
function echoable(signed: { headers: Record<string, string> } | undefined): string[] {
  const sig = /Signature=([0-9a-f]{64})/.exec(signed?.headers.authorization ?? '')?.[1];
  return sig ? [sig] : [];
}

function streamingSigner(op: Operation<unknown, unknown>): StreamingSigner {
  if (op.streamingSigner) return op.streamingSigner;
  throw new SkiffError(`${op.name}: 'streaming-signed' needs a streamingSigner in the declaration`);
}

function requestIdOf(res: HttpResponse, out: unknown): string | undefined {
  return res.headers['x-amzn-requestid'] ?? res.headers['x-amz-request-id'] ?? (out as { $requestId?: string }).$requestId;
}

function numberOr(v: string | undefined): number | undefined {
  return v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v);
}


/** Rejects with the signal's reason once it fires: what a wait that cannot be cancelled (a credential provider) is raced with. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  aborted.catch(() => {});
  return Promise.race([p, aborted]);
}
