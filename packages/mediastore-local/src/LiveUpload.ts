/**
 * An upload sent with `x-amz-upload-availability: STREAMING` while its bytes are still
 * arriving. 002: "the object is available for downloading after some initial buffering but
 * before the object is uploaded completely", so a GetObject on its path follows it live.
 */
export class LiveUpload {
  readonly chunks: Buffer[] = [];
  state: 'open' | 'done' | 'failed' = 'open';
  private readonly listeners = new Set<(event: 'chunk' | 'done' | 'failed', chunk?: Buffer) => void>();

  constructor(
    readonly contentType: string,
    readonly cacheControl: string | undefined,
  ) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    for (const l of this.listeners) l('chunk', chunk);
  }

  finish(): void {
    this.state = 'done';
    for (const l of this.listeners) l('done');
    this.listeners.clear();
  }

  fail(): void {
    this.state = 'failed';
    for (const l of this.listeners) l('failed');
    this.listeners.clear();
  }

  /**
   * Replays what arrived so far, then follows new chunks until the upload ends. Returns an
   * unsubscribe function for a reader that goes away first.
   */
  follow(onChunk: (chunk: Buffer) => void, onEnd: (ok: boolean) => void): () => void {
    for (const c of this.chunks) onChunk(c);
    if (this.state !== 'open') {
      onEnd(this.state === 'done');
      return () => {};
    }
    const listener = (event: 'chunk' | 'done' | 'failed', chunk?: Buffer) => {
      if (event === 'chunk') onChunk(chunk!);
      else onEnd(event === 'done');
    };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
