// How PutObject and UploadPart send their body: lengths checked before sending, and the
// payload signing picked per request (core's `payloadSigning`).
import * as z from 'zod/mini';
import { ParamValidationError, type PayloadSigning } from '@skiff/core';
import { bodyLength, isStreamBody } from './shapes.js';

/**
 * Byte bodies up to this size are signed whole (their SHA-256 in the signature); larger
 * bodies, Blobs and streams go as aws-chunked STREAMING-AWS4-HMAC-SHA256-PAYLOAD: each 64 KiB
 * chunk signed as it is sent, so memory stays constant and nothing is read twice.
 */
export const SIGN_WHOLE_LIMIT = 1024 * 1024;

const NEEDS_LENGTH = 'is required when Body is a stream (a signed upload must announce its length); give ContentLength, or use Upload for a body of unknown length';

/** The object-level checks of an upload input: a stream needs ContentLength; a known length must agree. */
export const uploadLengthChecks = () =>
  z.superRefine((input: { Body?: unknown; ContentLength?: number }, ctx) => {
    const { Body, ContentLength } = input;
    if (Body === undefined || Body === null) return;
    if (isStreamBody(Body)) {
      if (ContentLength === undefined) ctx.issues.push({ code: 'custom', path: ['ContentLength'], message: NEEDS_LENGTH, input: ContentLength });
      return;
    }
    const n = bodyLength(Body);
    if (ContentLength !== undefined && n !== undefined && n !== ContentLength) {
      ctx.issues.push({ code: 'custom', path: ['ContentLength'], message: `is ${ContentLength} but Body holds ${n} bytes`, input: ContentLength });
    }
  });

/** `payloadSigning` of PutObject and UploadPart. */
export function uploadPayloadSigning(operation: string) {
  return (input: { Body?: unknown }, length: number | undefined): PayloadSigning => {
    const body = input.Body;
    if (body === undefined || body === null) return 'sha256';
    // Also reached with `validation: false`: a stream of unknown length cannot be signed.
    if (length === undefined) throw new ParamValidationError([{ path: 'ContentLength', message: NEEDS_LENGTH }], operation);
    if (typeof body === 'string' || body instanceof Uint8Array) return length > SIGN_WHOLE_LIMIT ? 'streaming-signed' : 'sha256';
    return 'streaming-signed';
  };
}

/** The message of a body sent to a key ending in `/` (Upload says the same). */
export const FOLDER_KEY = 'ends with "/", which names a folder: it cannot hold data (S4: InvalidRequest); give an empty Body or another Key';

/** PutObject: a key ending in `/` is a folder, stored only without data. */
export const folderKeyCheck = () =>
  z.superRefine((input: { Key?: unknown; Body?: unknown; ContentLength?: number }, ctx) => {
    if (typeof input.Key !== 'string' || !input.Key.endsWith('/')) return;
    const n = bodyLength(input.Body) ?? input.ContentLength;
    if (n !== undefined && n > 0) ctx.issues.push({ code: 'custom', path: ['Key'], message: FOLDER_KEY, input: input.Key });
  });
