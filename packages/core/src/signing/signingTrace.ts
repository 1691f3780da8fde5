import { Sha256, syncCrypto } from '#platform';
import type { HttpRequest } from '../transport/Transport.js';
import type { AwsChunkedMode } from './awsChunkedLength.js';
import { createSigner } from './getSigner.js';
import { type PresignContext, presignRequestWith } from './presignRequest.js';
import { signRequestWith } from './signRequest.js';
import type { SigningContext } from './SigningContext.js';
import { signStreamingWith, type StreamingHttpRequest } from './streamingRequest.js';
import { toHex } from './toHex.js';

/** What the signer actually hashed: the canonical request and the string to sign. */
export interface SigningTrace {
  canonicalRequest: string;
  stringToSign: string;
}

const text = /* @__PURE__ */ new TextDecoder();

// A Sha256 that remembers its input, so a test reads the canonical request and string to
// sign that smithy really hashed (as the botocore vectors were recorded), not a re-derivation.
function tracingSha256(seen: { keyed: boolean; text: string }[]) {
  return class TracingSha256 extends Sha256 {
    private readonly record: { keyed: boolean; text: string };
    constructor(secret?: string | Uint8Array) {
      super(secret as never);
      seen.push((this.record = { keyed: secret !== undefined, text: '' }));
    }
    override update(data: string | Uint8Array): void {
      this.record.text += typeof data === 'string' ? data : text.decode(data, { stream: true });
      super.update(data);
    }
  };
}

function traceOf(seen: { keyed: boolean; text: string }[]): SigningTrace {
  const sts = seen.filter((s) => s.keyed && s.text.startsWith('AWS4-HMAC-SHA256\n')).at(-1)?.text;
  if (!sts) throw new Error('signing trace: no string to sign was signed');
  const digest = sts.slice(sts.lastIndexOf('\n') + 1);
  const creq = seen.find((s) => !s.keyed && toHex(syncCrypto.sha256(s.text)) === digest)?.text;
  if (creq === undefined) throw new Error('signing trace: the canonical request was not hashed');
  return { canonicalRequest: creq, stringToSign: sts };
}

async function traced<T>(ctx: SigningContext, run: (signer: ReturnType<typeof createSigner>) => Promise<T>): Promise<{ result: T } & SigningTrace> {
  const seen: { keyed: boolean; text: string }[] = [];
  const result = await run(createSigner(ctx, tracingSha256(seen) as never));
  return { result, ...traceOf(seen) };
}

/** signRequest, also returning what was hashed and signed. For tests and debugging. */
export async function signRequestTraced(req: HttpRequest, ctx: SigningContext) {
  const { result, ...trace } = await traced(ctx, (signer) => signRequestWith(signer, req, ctx));
  return { request: result, ...trace };
}

/** presignRequest, also returning what was hashed and signed. */
export async function presignRequestTraced(req: HttpRequest, ctx: PresignContext) {
  const { result, ...trace } = await traced(ctx, (signer) => presignRequestWith(signer, req, ctx));
  return { url: result, ...trace };
}

/** signStreaming, also returning what the header request's signature covered. */
export async function signStreamingTraced(req: StreamingHttpRequest, ctx: SigningContext, mode?: AwsChunkedMode) {
  const { result, ...trace } = await traced(ctx, (signer) => signStreamingWith(signer, req, ctx, mode));
  return { request: result, ...trace };
}
