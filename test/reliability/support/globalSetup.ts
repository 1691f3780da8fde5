// Clears the figures of an earlier run, and after the run prints the suite's figures (summed
// over the test files) — the numbers RELIABILITY.md reports.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES_DIR } from './registry.js';

export function setup(): () => void {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  return teardown;
}

function teardown(): void {
  if (!existsSync(FIGURES_DIR)) return;
  const sum: Record<string, number> = {};
  const notes: Record<string, unknown[]> = {};
  for (const f of readdirSync(FIGURES_DIR).filter((n) => n.endsWith('.test.ts.json'))) {
    const r = JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')) as { figures: Record<string, number>; notes: Record<string, unknown[]> };
    for (const [k, v] of Object.entries(r.figures)) {
      // Peaks and bounds are maxima; everything else adds up.
      sum[k] = /peak|max|bound|MiB|KiB|ms$/.test(k) ? Math.max(sum[k] ?? -Infinity, v) : (sum[k] ?? 0) + v;
    }
    for (const [k, v] of Object.entries(r.notes)) (notes[k] ??= []).push(...v);
  }
  writeFileSync(join(FIGURES_DIR, 'summary.json'), JSON.stringify({ figures: sum, notes }, null, 1));
  const width = Math.max(...Object.keys(sum).map((k) => k.length));
  const lines = Object.keys(sum)
    .sort()
    .map((k) => `  ${k.padEnd(width)}  ${Number.isInteger(sum[k]) ? sum[k] : sum[k]!.toFixed(2)}`);
  console.log(`\nreliability figures (${FIGURES_DIR}summary.json):\n${lines.join('\n')}\n`);
}
