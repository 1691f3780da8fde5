// One table for every section: Skiff and the AWS SDK v3 side by side, their ratio, and the
// target from ../shared/design/performance.md where one applies.

export interface Row {
  /** What was measured, e.g. "Kinesis PutRecord, 32 in flight". */
  name: string;
  /** The figure and its unit, e.g. "requests/s". */
  metric: string;
  /** Which way is better, shown next to the metric. */
  better: 'higher' | 'lower';
  skiff?: number;
  aws?: number;
  /** Text in place of a missing figure ("not supported"). */
  skiffText?: string;
  awsText?: string;
  /** Skiff ÷ v3, the median of per-round ratios when the section has rounds. */
  ratio?: number;
  /** The target, as text. */
  target?: string;
  /** Whether the target is met (undefined: no target or not decidable). */
  met?: boolean;
  /** Decimals for the figures. */
  digits?: number;
}

const fmt = (v: number | undefined, digits: number, text?: string) => {
  if (v === undefined || Number.isNaN(v)) return text ?? '—';
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

export function ratioText(r: number | undefined): string {
  if (r === undefined || !Number.isFinite(r)) return '—';
  return `${r >= 10 ? r.toFixed(1) : r >= 0.095 ? r.toFixed(2) : r.toFixed(3)}×`;
}

export function renderTable(rows: Row[]): string {
  const head = ['benchmark', 'metric', 'Skiff', 'AWS SDK v3', 'Skiff ÷ v3', 'target', 'met'];
  const body = rows.map((r) => {
    const d = r.digits ?? 0;
    const ratio = r.ratio ?? (r.skiff !== undefined && r.aws !== undefined ? r.skiff / r.aws : undefined);
    return [
      r.name,
      `${r.metric} (${r.better === 'higher' ? '↑' : '↓'})`,
      fmt(r.skiff, d, r.skiffText),
      fmt(r.aws, d, r.awsText),
      ratioText(ratio),
      r.target ?? '',
      r.met === undefined ? '' : r.met ? 'yes' : '**no**',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const sep = `| ${widths.map((w, i) => (i >= 2 && i <= 4 ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(head), sep, ...body.map(line)].join('\n');
}
