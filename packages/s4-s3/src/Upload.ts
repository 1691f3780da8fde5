// Uploads a body of any size and any kind (bytes, Blob, web stream, Node Readable,
// AsyncIterable), as @aws-sdk/lib-storage's Upload: one PutObject when it fits in one part,
// else a multipart upload that follows S4's part rules (document 004, UploadPart): parts
// 1..N, all of `partSize` bytes but the last, which is no larger, each at least 5 MiB.
import { AbortError, IntegrityError, isServiceError, ParamValidationError, ResponseParseError, validateInput, type MetadataBearer, type SkiffError } from '@skiff/core';
import { AbortMultipartUploadCommand } from './operations/abortMultipartUpload.js';
import { CompleteMultipartUploadCommand, type CompletedPart, type CompleteMultipartUploadOutput } from './operations/completeMultipartUpload.js';
import { CreateMultipartUploadCommand } from './operations/createMultipartUpload.js';
import { PutObjectCommand, type PutObjectInput } from './operations/putObject.js';
import { UploadPartCommand } from './operations/uploadPart.js';
import { PartReader, type Part } from './partReader.js';
import type { S3Client } from './S3Client.js';
import { bodyLength, bucketName, MAX_PARTS, objectKey, type StreamingBlobInput } from './shapes.js';
import { FOLDER_KEY } from './uploadBody.js';
import { ACCOUNT, ACL, CHECKSUMS, SSE_C, STORED, WRITE_IF, refused } from './unsupported.js';

/** Attempts, at least, of the AbortMultipartUpload that cleans up a failed upload. */
const ABORT_ATTEMPTS = 3;

/** S4: every part but the last is at least 5 MiB (EntityTooSmall otherwise). */
export const MIN_PART_SIZE = 5 * 1024 * 1024;

export interface UploadParams extends Omit<PutObjectInput, 'Body' | 'ContentMD5'> {
  Body: StreamingBlobInput;
}

export interface UploadOptions {
  client: S3Client;
  params: UploadParams;
  /** Bytes per part, at least 5 MiB (default). Raised when a known length needs more than 10000 parts. */
  partSize?: number;
  /** Parts in flight at once (default 4). Memory stays under queueSize × partSize. */
  queueSize?: number;
  /** Keep the uploaded parts when the upload fails (default false: the upload is aborted). */
  leavePartsOnError?: boolean;
  abortSignal?: AbortSignal;
  /** As lib-storage takes it; same effect as abortSignal. */
  abortController?: AbortController;
}

export interface Progress {
  /** Bytes whose part (or whole object) the service has acknowledged. */
  loaded: number;
  /** Known when the body's length is (bytes, Blob, or ContentLength given). */
  total?: number;
  /** The part just acknowledged. */
  part: number;
  Key: string;
  Bucket: string;
}

export type UploadOutput = CompleteMultipartUploadOutput & MetadataBearer & { Bucket: string; Key: string };

type Listener = (progress: Progress) => void;

export class Upload {
  private readonly listeners = new Set<Listener>();
  private readonly ac = new AbortController();
  private readonly partSize: number;
  private readonly queueSize: number;
  private running?: Promise<UploadOutput>;
  /** The multipart upload's id, once created (undefined for a single PutObject). */
  uploadId?: string;

  constructor(private readonly options: UploadOptions) {
    const issues = [];
    const { partSize = MIN_PART_SIZE, queueSize = 4 } = options;
    if (!Number.isSafeInteger(partSize) || partSize < MIN_PART_SIZE) issues.push({ path: 'partSize', message: `must be a whole number of bytes, at least ${MIN_PART_SIZE} (5 MiB): S4 refuses smaller parts but the last` });
    if (!Number.isSafeInteger(queueSize) || queueSize < 1) issues.push({ path: 'queueSize', message: 'must be a whole number, at least 1' });
    if (options.params?.Body === undefined || options.params.Body === null) issues.push({ path: 'params.Body', message: 'is required' });
    if (issues.length) throw new ParamValidationError(issues, 'Upload');
    this.partSize = partSize;
    this.queueSize = queueSize;
    for (const signal of [options.abortSignal, options.abortController?.signal]) {
      if (signal?.aborted) this.ac.abort();
      signal?.addEventListener('abort', () => void this.abort(), { once: true });
    }
  }

  on(event: 'httpUploadProgress', listener: Listener): this {
    if (event === 'httpUploadProgress') this.listeners.add(listener);
    return this;
  }

  off(event: 'httpUploadProgress', listener: Listener): this {
    if (event === 'httpUploadProgress') this.listeners.delete(listener);
    return this;
  }

  /** Runs the upload (once; later calls return the same promise). */
  done(): Promise<UploadOutput> {
    return (this.running ??= this.run());
  }

  /** Stops the upload: done() rejects with AbortError, and a multipart upload is aborted. */
  async abort(): Promise<void> {
    this.ac.abort();
  }

  private async run(): Promise<UploadOutput> {
    const { client, params } = this.options;
    const { Body, ContentLength, ...rest } = params;
    // The members S4 does not support, as PutObject refuses them: a multipart upload would
    // otherwise drop them unseen (CreateMultipartUpload is given only the members it has).
    if (client.config.validation !== false) validateInput({ Bucket: bucketName(), Key: objectKey(), ...refused(ACCOUNT, ACL, STORED, SSE_C, CHECKSUMS, WRITE_IF) }, params, 'Upload');
    const total = ContentLength ?? bodyLength(Body);
    // A known length that would need more than 10000 parts gets larger parts.
    const partSize = total === undefined ? this.partSize : Math.max(this.partSize, Math.ceil(total / MAX_PARTS));
    const reader = new PartReader(Body, partSize);
    const progress = { loaded: 0, total };
    try {
      this.checkAborted();
      const first = (await reader.next())!;
      this.checkAborted();
      if (first.last) {
        checkTotal(ContentLength, reader.read);
        const out = await client.send(new PutObjectCommand({ ...rest, Body: first.bytes, ContentLength: first.bytes.length }), { abortSignal: this.ac.signal });
        this.emit(progress, first.bytes.length, 1);
        return { ...out, Bucket: rest.Bucket, Key: rest.Key } as UploadOutput;
      }
      return await this.multipart(reader, first, progress, ContentLength);
    } catch (e) {
      throw this.ac.signal.aborted && !(e instanceof ParamValidationError) ? new AbortError('Upload was aborted', { cause: e }) : e;
    } finally {
      reader.close();
    }
  }

  private async multipart(reader: PartReader, first: Part, progress: { loaded: number; total?: number }, contentLength?: number): Promise<UploadOutput> {
    const { client, params } = this.options;
    const { Bucket, Key, ContentType, Metadata, StorageClass } = params;
    // PutObject refuses a body for a folder key itself; a multipart upload would only fail at the end.
    if (client.config.validation !== false && Key.endsWith('/')) throw new ParamValidationError([{ path: 'Key', message: FOLDER_KEY }], 'Upload');
    // Not abortable in flight: had the service created the upload, its id would be lost.
    const created = await client.send(new CreateMultipartUploadCommand({ Bucket, Key, ContentType, Metadata, StorageClass }));
    const UploadId = created.UploadId!;
    this.uploadId = UploadId;
    // Ends the part requests in flight: on the caller's abort, or when another part failed.
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    this.ac.signal.addEventListener('abort', onAbort, { once: true });
    try {
      this.checkAborted();
      const parts: CompletedPart[] = [];
      let pendingFirst: Part | undefined = first;
      let number = 0;
      // Parts are read one at a time, in order, so part numbers follow the body's order.
      let chain: Promise<unknown> = Promise.resolve();
      const readNext = (): Promise<{ part: Part; number: number } | undefined> => {
        const p = chain.then(async () => {
          this.checkAborted();
          if (stop.signal.aborted) return undefined;
          const part = pendingFirst ?? (await reader.next());
          pendingFirst = undefined;
          if (!part) return undefined;
          if (++number > MAX_PARTS) throw new ParamValidationError([{ path: 'partSize', message: `the body needs more than ${MAX_PARTS} parts of ${part.bytes.length} bytes: give a larger partSize (or ContentLength, so it is chosen for you)` }], 'Upload');
          if (part.last) checkTotal(contentLength, reader.read);
          return { part, number };
        });
        chain = p.catch(() => undefined);
        return p;
      };
      const worker = async () => {
        for (let next = await readNext(); next; next = await readNext()) {
          const { part, number: PartNumber } = next;
          const out = await client.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body: part.bytes, ContentLength: part.bytes.length }), { abortSignal: stop.signal });
          parts.push({ ETag: out.ETag!, PartNumber });
          this.emit(progress, part.bytes.length, PartNumber);
          reader.release(part.bytes);
        }
      };
      await settleAll(Array.from({ length: this.queueSize }, worker), onAbort);
      this.checkAborted();
      parts.sort((a, b) => a.PartNumber - b.PartNumber);
      const out = await client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }), { abortSignal: this.ac.signal });
      // A result without the object's ETag proves nothing was joined (the protocol already
      // refuses a body without the result element): fail, and abort below.
      if (!out.ETag) throw new ResponseParseError(`Upload: CompleteMultipartUpload of ${Bucket}/${Key} answered without an ETag: the object may not exist`);
      return { ...out, Bucket: out.Bucket ?? Bucket, Key: out.Key ?? Key } as UploadOutput;
    } catch (e) {
      // No orphaned parts: every part request has settled, so aborting now frees them all.
      if (!this.options.leavePartsOnError) await this.abortMultipart(Bucket, Key, UploadId);
      throw e;
    } finally {
      this.ac.signal.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Aborts the multipart upload with at least three attempts whatever the client's maxAttempts
   * (it is idempotent: NoSuchUpload means an earlier attempt went through), so that a connection
   * dropped or a server too busy at that moment does not leave the parts behind. Should it still
   * fail, the client's logger says so; `uploadId` stays on the Upload for the caller to abort
   * later. The upload's own error is what done() rejects with either way.
   */
  private async abortMultipart(Bucket: string, Key: string, UploadId: string): Promise<void> {
    const { client } = this.options;
    try {
      await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }), { maxAttempts: Math.max(ABORT_ATTEMPTS, client.config.maxAttempts ?? 0) });
    } catch (e) {
      if (isServiceError(e, 'NoSuchUpload')) return;
      const { name, $metadata } = e as SkiffError;
      client.config.logger?.warn?.(`Upload: AbortMultipartUpload of ${Bucket}/${Key} (UploadId ${UploadId}) failed after ${$metadata?.attempts} attempts, last with ${name}: its parts remain until the upload is aborted`);
    }
  }

  private checkAborted(): void {
    if (this.ac.signal.aborted) throw new AbortError('Upload was aborted');
  }

  private emit(progress: { loaded: number; total?: number }, bytes: number, part: number): void {
    progress.loaded += bytes;
    const event: Progress = { loaded: progress.loaded, total: progress.total, part, Key: this.options.params.Key, Bucket: this.options.params.Bucket };
    for (const l of this.listeners) l(event);
  }
}

/** A stream given with ContentLength must hold exactly that many bytes. */
function checkTotal(contentLength: number | undefined, read: number): void {
  if (contentLength !== undefined && contentLength !== read) throw new IntegrityError(`Upload: ContentLength is ${contentLength} but the body held ${read} bytes`);
}

/**
 * Runs the workers to the end; on the first failure calls `onError` (which aborts the others'
 * requests), waits until every worker has settled, then throws that first failure.
 */
async function settleAll(workers: Array<Promise<void>>, onError: () => void): Promise<void> {
  let first: { error: unknown } | undefined;
  await Promise.all(
    workers.map((w) =>
      w.catch((error) => {
        if (!first) {
          first = { error };
          onError();
        }
      }),
    ),
  );
  if (first) throw first.error;
}
