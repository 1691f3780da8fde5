import { performance } from 'node:perf_hooks';
import { containerInUse, containerNotFound, limitExceeded } from './errors.js';
import type { DiskStore } from './DiskStore.js';
import type { LiveUpload } from './LiveUpload.js';

/** A container's data endpoint on a server reached at `base` (see dataPlane.ts DATA_PREFIX). */
export const dataEndpointOf = (base: string, name: string) => `${base}/_data/${name}`;

export type ContainerStatus = 'CREATING' | 'ACTIVE' | 'DELETING';

export interface StoredObject {
  body: Buffer;
  contentType: string;
  cacheControl: string | undefined;
  etag: string;
  sha256: string;
  storageClass: string;
  lastModified: Date;
}

/** The JSON `Container` shape (000 "Container"; AccessLoggingEnabled from 001). */
export interface ContainerDescription {
  Endpoint?: string;
  CreationTime: number;
  ARN: string;
  Name: string;
  Status: ContainerStatus;
  AccessLoggingEnabled: boolean;
}

export class Container {
  accessLogging = false;
  policy: string | undefined;
  corsPolicy: Array<Record<string, unknown>> | undefined;
  lifecyclePolicy: string | undefined;
  metricPolicy: Record<string, unknown> | undefined;
  readonly tags = new Map<string, string | undefined>();
  readonly objects = new Map<string, StoredObject>();
  readonly liveUploads = new Map<string, LiveUpload>();
  /** performance.now() after which a DELETING container is gone. */
  deletingUntil: number | undefined;

  constructor(
    readonly name: string,
    readonly arn: string,
    readonly seq: number,
    /** Wall-clock creation time (CreationTime). */
    readonly createdAt: Date,
    /** performance.now() at which CREATING becomes ACTIVE (monotonic, so a test clock cannot stall it). */
    private readonly activeAt: number,
  ) {}

  get status(): ContainerStatus {
    if (this.deletingUntil !== undefined) return 'DELETING';
    return performance.now() < this.activeAt ? 'CREATING' : 'ACTIVE';
  }
}

export interface MediaStoreStateOptions {
  region: string;
  accountId: string;
  creatingDelayMs: number;
  deletingDelayMs: number;
  maxContainers: number;
  /** `dataDir`: where every change is written through; undefined keeps state in memory only. */
  store?: DiskStore;
}

/** Everything the server holds, in memory. Exposed as `state` for tests that want to look inside. */
export class MediaStoreState {
  private readonly containers = new Map<string, Container>();
  private seq = 0;

  constructor(readonly options: MediaStoreStateOptions) {
    const saved = options.store?.load();
    if (!saved) return;
    this.seq = saved.seq;
    for (const r of saved.containers) {
      // What was stored is served at once: a container saved while CREATING is ACTIVE now.
      const c = new Container(r.name, this.arnOf(r.name), r.seq, new Date(r.createdAt), -Infinity);
      c.accessLogging = r.accessLogging;
      c.policy = r.policy;
      c.corsPolicy = r.corsPolicy;
      c.lifecyclePolicy = r.lifecyclePolicy;
      c.metricPolicy = r.metricPolicy;
      for (const [k, v] of r.tags) c.tags.set(k, v);
      for (const [path, obj] of r.objects) c.objects.set(path, obj);
      this.containers.set(r.name, c);
    }
  }

  /** Writes containers, policies and tags through to the data dir (after a control-plane change). */
  saveContainers(): void {
    const store = this.options.store;
    if (!store) return;
    // A DELETING container is as good as gone: a restart does not bring it back.
    const kept = [...this.containers.values()].filter((c) => c.deletingUntil === undefined);
    store.saveContainers(
      this.seq,
      kept.map((c) => ({
        name: c.name,
        seq: c.seq,
        createdAt: c.createdAt.getTime(),
        accessLogging: c.accessLogging,
        policy: c.policy,
        corsPolicy: c.corsPolicy,
        lifecyclePolicy: c.lifecyclePolicy,
        metricPolicy: c.metricPolicy,
        tags: [...c.tags],
      })),
    );
  }

  /** Stores an object: on disk first (atomically), then in memory. */
  putObject(c: Container, path: string, obj: StoredObject): void {
    this.options.store?.writeObject(c.name, path, obj);
    c.objects.set(path, obj);
  }

  /** Deletes an object; false when there was none. */
  deleteObject(c: Container, path: string): boolean {
    if (!c.objects.has(path)) return false;
    this.options.store?.deleteObject(c.name, path);
    return c.objects.delete(path);
  }

  arnOf(name: string): string {
    return `arn:aws:mediastore:${this.options.region}:${this.options.accountId}:container/${name}`;
  }

  create(name: string): Container {
    this.purge();
    if (this.containers.has(name)) throw containerInUse(`The container that you specified in the request already exists: ${name}`);
    if (this.containers.size >= this.options.maxContainers) {
      throw limitExceeded(`A service limit has been exceeded: at most ${this.options.maxContainers} containers per account and region`);
    }
    const c = new Container(name, this.arnOf(name), ++this.seq, new Date(), performance.now() + this.options.creatingDelayMs);
    this.containers.set(name, c);
    return c;
  }

  /** A container in any state, or undefined. */
  find(name: string): Container | undefined {
    this.purge();
    return this.containers.get(name);
  }

  /** A container that must exist; throws ContainerNotFoundException otherwise. */
  get(name: string, plane: 'control' | 'data' = 'control'): Container {
    const c = this.find(name);
    if (!c) throw containerNotFound(plane, name);
    return c;
  }

  /**
   * A container that must be ACTIVE. The control plane answers ContainerInUseException while
   * it is CREATING or DELETING ("already exists or is being updated"); the data plane has no
   * endpoint for it yet, so it answers ContainerNotFoundException.
   */
  getActive(name: string, plane: 'control' | 'data' = 'control'): Container {
    const c = this.get(name, plane);
    if (c.status === 'ACTIVE') return c;
    if (plane === 'data') throw containerNotFound('data', name);
    throw containerInUse(`The container that you specified in the request is being updated (${c.status}): ${name}`);
  }

  findByArn(arn: string): Container | undefined {
    this.purge();
    for (const c of this.containers.values()) if (c.arn === arn) return c;
    return undefined;
  }

  /** Starts deleting: gone at once, or DELETING for `deletingDelayMs` first. */
  remove(c: Container): void {
    for (const u of c.liveUploads.values()) u.fail();
    if (this.options.deletingDelayMs <= 0) this.containers.delete(c.name);
    else c.deletingUntil = performance.now() + this.options.deletingDelayMs;
  }

  /** Containers in creation order (the order ListContainers pages through). */
  list(): Container[] {
    this.purge();
    return [...this.containers.values()];
  }

  /** `endpointBase`: the URL the asking client reaches the server by, which its Endpoint is built on. */
  describe(c: Container, endpointBase: string): ContainerDescription {
    const status = c.status;
    return {
      // 000: the endpoint exists only once the container is ACTIVE ("When an endpoint is
      // available, the status changes to ACTIVE").
      ...(status === 'CREATING' ? {} : { Endpoint: dataEndpointOf(endpointBase, c.name) }),
      CreationTime: c.createdAt.getTime() / 1000,
      ARN: c.arn,
      Name: c.name,
      Status: status,
      AccessLoggingEnabled: c.accessLogging,
    };
  }

  /** Drops every container and object (also from the data dir). */
  reset(): void {
    this.endLiveUploads();
    this.containers.clear();
    this.options.store?.clear();
  }

  /** Ends live streaming reads (at close: they would otherwise hold the server open). */
  endLiveUploads(): void {
    for (const c of this.containers.values()) for (const u of c.liveUploads.values()) u.fail();
  }

  private purge(): void {
    const now = performance.now();
    for (const [name, c] of this.containers) {
      if (c.deletingUntil !== undefined && now >= c.deletingUntil) this.containers.delete(name);
    }
  }
}
