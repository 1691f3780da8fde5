import { AwsChunkedSigner } from './awsChunkedSigner.js';
import { type AwsChunkedLayout, checkLayout, DEFAULT_CHUNK_SIZE, trailerHeaderName } from './awsChunkedLength.js';
import { type AwsChunkedSource, exactChunks } from './awsChunkedSource.js';
import { crcToBase64, crcUpdate } from './crc32.js';

/** Where the chunk signature chain starts: the header request's key, date, scope and signature. */
export interface AwsChunkedSigning {
  signingKey: Uint8Array;
  amzDate: string;
  scope: string;
  seedSignature: string;
}

export interface AwsChunkedEncodeOptions extends AwsChunkedLayout {
  /** Required for the `signed` and `signed-trailer` modes. */
  signing?: AwsChunkedSigning;
  /** When given, a source of any other length fails the body (Content-Length was sent). */
  decodedLength?: number;
  /** Hex chunk sizes in upper case (smithy-rs does); default lower case (botocore, S3 docs). */
  upperCaseHex?: boolean;
}

const ascii = new TextEncoder();
const EMPTY = new Uint8Array(0);

/**
 * Encodes a source as an aws-chunked body, lazily: nothing is read until the body is
 * iterated, and each chunk is read, hashed, signed and handed on before the next is read.
 * Every iteration starts over from the seed signature, so a bytes or Blob source can be
 * sent again (a retry); a stream can be read only once.
 */
export function encodeAwsChunked(source: AwsChunkedSource, options: AwsChunkedEncodeOptions = {}): AsyncIterable<Uint8Array> {
  const mode = options.mode ?? 'signed';
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkLayout(options.decodedLength ?? 0, chunkSize);
  if (mode !== 'unsigned-trailer' && !options.signing) throw new TypeError(`aws-chunked: the ${mode} mode needs the seed signature`);
  return { [Symbol.asyncIterator]: () => encode(source, { ...options, mode, chunkSize }) };
}

async function* encode(source: AwsChunkedSource, o: AwsChunkedEncodeOptions & Required<Pick<AwsChunkedEncodeOptions, 'mode' | 'chunkSize'>>): AsyncGenerator<Uint8Array> {
  const s = o.mode === 'unsigned-trailer' ? undefined : o.signing!;
  const signer = s && new AwsChunkedSigner(s.signingKey, s.amzDate, s.scope, s.seedSignature);
  const alg = o.mode === 'signed' ? undefined : (o.trailer ?? 'crc32');
  const hex = (n: number) => (o.upperCaseHex ? n.toString(16).toUpperCase() : n.toString(16));
  let crc = 0;
  let total = 0;
  // Each chunk's closing CRLF is sent with the next header: one small write per chunk.
  let crlf = '';
  for await (const chunk of exactChunks(source, o.chunkSize)) {
    total += chunk.length;
    if (o.decodedLength !== undefined && total > o.decodedLength) throw lengthError(o.decodedLength, 'more');
    if (alg) crc = crcUpdate(alg, crc, chunk);
    const ext = signer ? `;chunk-signature=${signer.signChunk(chunk)}` : '';
    yield ascii.encode(`${crlf}${hex(chunk.length)}${ext}\r\n`);
    yield chunk;
    crlf = '\r\n';
  }
  if (o.decodedLength !== undefined && total !== o.decodedLength) throw lengthError(o.decodedLength, `only ${total}`);
  let tail = `${crlf}0${signer ? `;chunk-signature=${signer.signChunk(EMPTY)}` : ''}\r\n`;
  if (alg) {
    const trailers = [[trailerHeaderName(alg), crcToBase64(crc)] as const];
    for (const [name, value] of trailers) tail += `${name}:${value}\r\n`;
    if (signer) tail += `x-amz-trailer-signature:${signer.signTrailer(trailers)}\r\n`;
  }
  yield ascii.encode(`${tail}\r\n`);
}

function lengthError(expected: number, got: string): Error {
  return new Error(`aws-chunked: the body holds ${got} bytes, but its decoded length was given as ${expected}`);
}
