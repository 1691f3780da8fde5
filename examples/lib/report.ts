// How the tour prints: a section per service, a line per step as it starts, indented notes
// of what it did, and its timing when it ends. A summary of every step's time at the end.
import { performance } from 'node:perf_hooks';

export interface StepResult {
  section: string;
  title: string;
  ms: number;
  ok: boolean;
}

export const results: StepResult[] = [];
let section = '';

export const isTTY = Boolean(process.stdout.isTTY);

/** Starts a section; `short` names it in the timings table. */
export function heading(name: string, note = '', short = name): void {
  section = short;
  console.log(`\n${name}${note ? ` (${note})` : ''}`);
}

/** One line of detail under the current step. */
export function note(text: string): void {
  console.log(`      ${text}`);
}

/**
 * Runs one step: prints its title, runs it, prints `✓ <ms>` or `✗ failed after <ms>`.
 * A failing step's error goes on to the caller (the tour stops there).
 */
export async function step<T>(title: string, fn: () => Promise<T>): Promise<T> {
  console.log(`  • ${title}`);
  const t0 = performance.now();
  try {
    const out = await fn();
    const ms = performance.now() - t0;
    results.push({ section, title, ms, ok: true });
    console.log(`    ✓ ${formatMs(ms)}`);
    return out;
  } catch (e) {
    const ms = performance.now() - t0;
    results.push({ section, title, ms, ok: false });
    console.log(`    ✗ failed after ${formatMs(ms)}`);
    throw e;
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export const MiB = 1024 * 1024;
export const formatMiB = (bytes: number): string => `${(bytes / MiB).toFixed(1)} MiB`;

/** The timings table printed at the end. */
export function printTimings(): void {
  if (!results.length) return;
  console.log('\nTimings');
  const labels = results.map((r) => {
    const label = `${r.section} · ${r.title}`;
    return label.length > 80 ? `${label.slice(0, 79)}…` : label;
  });
  const width = Math.max(...labels.map((l) => l.length));
  for (const [i, r] of results.entries()) {
    const label = labels[i]!;
    console.log(`  ${r.ok ? '✓' : '✗'} ${label.padEnd(width)}  ${formatMs(r.ms).padStart(9)}`);
  }
}

/**
 * Upload progress: one line redrawn in place on a terminal, plain lines otherwise (logs, CI,
 * a pipe), where a redrawn line would be noise.
 */
export function progressPrinter(total: number): { update(loaded: number, part: number): void; end(): void } {
  const t0 = performance.now();
  const width = 30;
  let drawn = false;
  return {
    update(loaded, part) {
      const ratio = total ? loaded / total : 0;
      const secs = (performance.now() - t0) / 1000;
      const rate = secs > 0 ? `${(loaded / MiB / secs).toFixed(1)} MiB/s` : '';
      const text = `${formatMiB(loaded)} / ${formatMiB(total)} (${Math.round(ratio * 100)}%), part ${part} acknowledged, ${rate}`;
      if (isTTY) {
        const filled = Math.round(ratio * width);
        process.stdout.write(`\r      [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}\x1b[K`);
        drawn = true;
      } else note(`progress: ${text}`);
    },
    end() {
      if (drawn) process.stdout.write('\n');
    },
  };
}
