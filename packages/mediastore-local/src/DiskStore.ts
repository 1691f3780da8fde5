import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredObject } from './MediaStoreState.js';

/** A container as it is kept on disk (everything but its objects and live uploads). */
export interface ContainerRecord {
  name: string;
  seq: number;
  /** Epoch milliseconds. */
  createdAt: number;
  accessLogging: boolean;
  policy?: string;
  corsPolicy?: Array<Record<string, unknown>>;
  lifecyclePolicy?: string;
  metricPolicy?: Record<string, unknown>;
  tags: Array<[string, string | undefined]>;
}

export interface Snapshot {
  seq: number;
  containers: Array<ContainerRecord & { objects: Array<[string, StoredObject]> }>;
}

interface ObjectMeta {
  path: string;
  contentType: string;
  cacheControl?: string;
  etag: string;
  sha256: string;
  storageClass: string;
  lastModified: number;
}

/**
 * `--data-dir`: the server's state on disk. Memory stays the working copy; every change is
 * written through before it is acknowledged.
 *
 *   DIR/containers.json              containers, policies, tags (rewritten whole on each change)
 *   DIR/objects/<container>/<hash>   one file per object: 4-byte length, metadata JSON, body
 *   DIR/tmp/                         files being written
 *
 * Every write goes to a file in DIR/tmp and is renamed into place: rename(2) within one file
 * system replaces the target atomically, so a process killed at any point leaves the old file
 * or the new one, never a torn one (an upload is written only once its body has fully arrived
 * and its signature is checked). Leftover temp files are removed at start. Object files are
 * named by the SHA-256 of the object path, so no object path, whatever it holds, names a file
 * outside its container's folder. No fsync: this guards against a killed process, not against
 * a power cut.
 */
export class DiskStore {
  private readonly tmp: string;
  private readonly objects: string;

  constructor(readonly dir: string) {
    this.tmp = join(dir, 'tmp');
    this.objects = join(dir, 'objects');
    mkdirSync(this.objects, { recursive: true });
    rmSync(this.tmp, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
  }

  /** Everything that was stored, for a restart to serve. */
  load(): Snapshot {
    const file = join(this.dir, 'containers.json');
    if (!existsSync(file)) return { seq: 0, containers: [] };
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { seq: number; containers: ContainerRecord[] };
    return {
      seq: saved.seq,
      containers: saved.containers.map((c) => ({ ...c, objects: this.loadObjects(c.name) })),
    };
  }

  saveContainers(seq: number, containers: ContainerRecord[]): void {
    this.atomicWrite(join(this.dir, 'containers.json'), JSON.stringify({ seq, containers }));
    // A deleted container was empty (DeleteContainer refuses otherwise); its folder goes too.
    const names = new Set(containers.map((c) => c.name));
    for (const d of readdirSync(this.objects)) if (!names.has(d)) rmSync(join(this.objects, d), { recursive: true, force: true });
  }

  writeObject(container: string, path: string, obj: StoredObject): void {
    const meta: ObjectMeta = {
      path,
      contentType: obj.contentType,
      ...(obj.cacheControl !== undefined ? { cacheControl: obj.cacheControl } : {}),
      etag: obj.etag,
      sha256: obj.sha256,
      storageClass: obj.storageClass,
      lastModified: obj.lastModified.getTime(),
    };
    const metaBytes = Buffer.from(JSON.stringify(meta));
    const head = Buffer.alloc(4);
    head.writeUInt32BE(metaBytes.length);
    mkdirSync(join(this.objects, container), { recursive: true });
    this.atomicWrite(this.objectFile(container, path), Buffer.concat([head, metaBytes, obj.body]));
  }

  deleteObject(container: string, path: string): void {
    try {
      unlinkSync(this.objectFile(container, path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }

  /** Drops everything (MediaStoreState.reset). */
  clear(): void {
    rmSync(this.objects, { recursive: true, force: true });
    mkdirSync(this.objects, { recursive: true });
    this.saveContainers(0, []);
  }

  private objectFile(container: string, path: string): string {
    return join(this.objects, container, createHash('sha256').update(path).digest('hex'));
  }

  private loadObjects(container: string): Array<[string, StoredObject]> {
    const folder = join(this.objects, container);
    if (!existsSync(folder)) return [];
    const out: Array<[string, StoredObject]> = [];
    for (const f of readdirSync(folder)) {
      const bytes = readFileSync(join(folder, f));
      const metaLength = bytes.readUInt32BE(0);
      const meta = JSON.parse(bytes.subarray(4, 4 + metaLength).toString('utf8')) as ObjectMeta;
      out.push([
        meta.path,
        {
          body: bytes.subarray(4 + metaLength),
          contentType: meta.contentType,
          cacheControl: meta.cacheControl,
          etag: meta.etag,
          sha256: meta.sha256,
          storageClass: meta.storageClass,
          lastModified: new Date(meta.lastModified),
        },
      ]);
    }
    return out;
  }

  private atomicWrite(file: string, data: string | Buffer): void {
    const tmp = join(this.tmp, randomUUID());
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  }
}
