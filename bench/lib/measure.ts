// Measuring helpers shared by the sections: a bounded request loop with client CPU, medians,
// and peak RSS.

export const MiB = 1024 * 1024;

export interface LoadResult {
  /** Requests completed. */
  n: number;
  /** Wall time, ms. */
  ms: number;
  /** CPU time of this process (user + system, all its threads), ms. */
  cpuMs: number;
}

export interface LoadOptions {
  concurrency: number;
  /** Stop after this many requests… */
  count: number;
  /** …or after this long (ms), whichever comes first. */
  maxMs: number;
}

/**
 * Runs `send` with `concurrency` requests in flight until `count` have completed or `maxMs`
 * has passed. The servers are other processes, so process.cpuUsage() is the client's cost
 * alone. Any failed request fails the benchmark: a number measured over errors means nothing.
 */
export async function load(send: () => Promise<unknown>, o: LoadOptions): Promise<LoadResult> {
  let started = 0;
  let done = 0;
  const t0 = performance.now();
  const deadline = t0 + o.maxMs;
  const c0 = process.cpuUsage();
  const worker = async () => {
    while (started < o.count && performance.now() < deadline) {
      started++;
      await send();
      done++;
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { n: done, ms, cpuMs: (c.user + c.system) / 1000 };
}

export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Calls `fn` back to back for about `ms` milliseconds of this process's CPU time; returns
 * operations per CPU-second. CPU time, not wall time: on a shared machine other processes
 * stretch the wall clock of a CPU-bound loop, not the CPU it uses.
 */
export async function opsPerCpuSecond(fn: () => unknown, ms: number, batch = 50): Promise<number> {
  let n = 0;
  const c0 = process.cpuUsage();
  let used = 0;
  while (used < ms * 1000) {
    for (let i = 0; i < batch; i++) await fn();
    n += batch;
    const c = process.cpuUsage(c0);
    used = c.user + c.system;
  }
  return n / (used / 1e6);
}

/** Peak RSS of this process so far (the kernel's high-water mark), bytes. */
export const maxRss = () => process.resourceUsage().maxRSS * 1024;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
