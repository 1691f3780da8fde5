import { createCommand, defineOperation, isBlob, isReadableStream, utf8, str } from '@skiff/core';
import * as z from 'zod/mini';
import { ContainerNotFoundException, InternalServerError } from '../errors.js';
import { preparePutObject } from '../putObjectUpload.js';
import { CONTENT_TYPE, cacheControl, objectPath, storageClass, uploadAvailability, type StorageClass, type UploadAvailability } from '../shapes.js';

/**
 * What PutObject uploads: bytes, a string (sent as UTF-8), a Blob, a web ReadableStream, a
 * Node.js Readable or any AsyncIterable of bytes. Streams are read once, as they are sent.
 */
export type PutObjectBody = Uint8Array | string | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

// Object size limits, 000: "limited to 25 MB"; 002: 25 MB for STANDARD and 10 MB for
// STREAMING upload availability (seed-decisions "PutObject object size"). Unit: MiB
// (2^20 bytes), the permissive reading (as the local server reads it): a client-side check
// must never refuse an upload the service accepts. Checked where the length is known (bytes,
// strings, Blobs); a stream's length is only known once sent, and the service checks it.
export const MAX_OBJECT_BYTES = 25 * 1024 * 1024;
export const MAX_STREAMING_OBJECT_BYTES = 10 * 1024 * 1024;

export interface PutObjectInput {
  /** The bytes to be stored. */
  Body: PutObjectBody;
  /** Where the object is stored: `<folder>/<folder>/<file>` (1..900 characters, at most 10 folders). */
  Path: string;
  /** `^[\w\-\/\.\+]{1,255}$`, e.g. `video/mp4`. */
  ContentType?: string;
  CacheControl?: string;
  StorageClass?: StorageClass;
  /** STREAMING makes the object readable while it uploads; it is then sent chunked. */
  UploadAvailability?: UploadAvailability;
}

export interface PutObjectOutput {
  /** The SHA-256 (hex) of what the service stored; the client checks it against what it sent. */
  ContentSHA256?: string;
  ETag?: string;
  StorageClass?: StorageClass | (string & {});
}

/** The body's length in bytes when it is known without reading it. */
export function knownBodyLength(body: unknown): number | undefined {
  if (typeof body === 'string') return utf8(body).byteLength;
  if (body instanceof Uint8Array) return body.byteLength;
  if (isBlob(body)) return body.size;
  return undefined;
}

function isBody(v: unknown): v is PutObjectBody {
  if (typeof v === 'string' || v instanceof Uint8Array || isBlob(v) || isReadableStream(v)) return true;
  return typeof v === 'object' && v !== null && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/* @__NO_SIDE_EFFECTS__ */
function body() {
  return z.custom<PutObjectBody>(isBody, {
    error: (i: { input?: unknown }) => (i.input === undefined ? 'is required' : 'must be bytes, a string, a Blob, a ReadableStream, a Node.js Readable or an AsyncIterable'),
  });
}

/* @__NO_SIDE_EFFECTS__ */
function sizeLimit() {
  return z.superRefine((input: { Body?: unknown; UploadAvailability?: string }, ctx) => {
    const length = knownBodyLength(input.Body);
    const streaming = input.UploadAvailability === 'STREAMING';
    const max = streaming ? MAX_STREAMING_OBJECT_BYTES : MAX_OBJECT_BYTES;
    if (length !== undefined && length > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['Body'],
        message: `size must be at most ${max} bytes (${max / 1024 / 1024} MiB) for ${streaming ? 'STREAMING' : 'STANDARD'} upload availability, got ${length}`,
        input: input.Body,
      });
    }
  });
}

/** 000/002 PutObject: `PUT /{Path+}`, the body signed as UNSIGNED-PAYLOAD (like botocore). */
export const PutObject = /* @__PURE__ */ defineOperation<PutObjectInput, PutObjectOutput>({
  name: 'PutObject',
  input: () =>
    z
      .object({
        Body: body(),
        Path: objectPath(),
        ContentType: z.optional(str({ pattern: CONTENT_TYPE })),
        CacheControl: z.optional(cacheControl()),
        StorageClass: z.optional(storageClass()),
        UploadAvailability: z.optional(uploadAvailability()),
      })
      .check(sizeLimit()) as unknown as z.ZodMiniType<PutObjectInput>,
  http: { method: 'PUT', path: '/{Path+}' },
  bindings: {
    Body: { in: 'payload', kind: 'blob' },
    Path: { in: 'path', name: 'Path', greedy: true },
    ContentType: { in: 'header', name: 'Content-Type' },
    CacheControl: { in: 'header', name: 'Cache-Control' },
    StorageClass: { in: 'header', name: 'x-amz-storage-class' },
    UploadAvailability: { in: 'header', name: 'x-amz-upload-availability' },
  },
  // The operation's auth type is v4-unsigned-body: UNSIGNED-PAYLOAD is sent and signed, so
  // a body is never read ahead of sending; its SHA-256 is checked against the response.
  payloadSigning: 'unsigned',
  streamingInput: true,
  errors: [ContainerNotFoundException, InternalServerError],
  // The SHA-256 of what was sent is checked against what the service stored (putObjectUpload.ts).
  uploadCheck: preparePutObject,
});
export const PutObjectCommand = /* @__PURE__ */ createCommand(PutObject);
export type PutObjectCommand = InstanceType<typeof PutObjectCommand>;
