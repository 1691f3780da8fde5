// Requests per second and client CPU per request, Skiff and v3 interleaved round by round
// (the order alternates), so drift in the machine's load touches both sides alike. The
// server's CPU per request is read from /proc when it can be, to tell when the server, not
// the client, bounds requests/s.
import { load, median, type LoadResult } from './measure.js';
import { procCpuMs } from './procCpu.js';
import type { Options } from './section.js';
import type { Row } from './table.js';

export interface RequestTargets {
  /** CPU ms per request Skiff must stay under at this concurrency. */
  cpuMs?: number;
  /** Requests/s ratio over v3 Skiff must reach at this concurrency. */
  ratio?: number;
}

type Side = 'skiff' | 'aws';
type Measured = LoadResult & { serverCpuMs?: number };

export async function compareRequests(
  o: Options,
  name: string,
  sends: Record<Side, () => Promise<unknown>>,
  opts: { targets?: Record<number, RequestTargets>; serverPid?: number; serverName?: string; concurrencies?: number[] } = {},
): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const rps = (r: LoadResult) => (r.n / r.ms) * 1000;
  const cpu = (r: LoadResult) => r.cpuMs / r.n;
  // Warm-up: connections opened, code paths compiled by the JIT, on both sides.
  for (const side of ['skiff', 'aws'] as const) await load(sends[side], { concurrency: 8, count: o.quick ? 300 : 1000, maxMs: 3000 });
  for (const c of opts.concurrencies ?? [1, 32]) {
    const count = (o.quick ? 300 : 1500) * (c === 1 ? 1 : 3);
    const maxMs = (o.quick ? 1000 : 2500) * (c === 1 ? 1 : 1.4);
    const res: Record<Side, Measured[]> = { skiff: [], aws: [] };
    for (let round = 0; round < o.rounds; round++) {
      for (const side of round % 2 ? (['aws', 'skiff'] as const) : (['skiff', 'aws'] as const)) {
        await load(sends[side], { concurrency: c, count: c * 10, maxMs: 1000 });
        const s0 = procCpuMs(opts.serverPid);
        const r: Measured = await load(sends[side], { concurrency: c, count, maxMs });
        const s1 = procCpuMs(opts.serverPid);
        if (s0 !== undefined && s1 !== undefined) r.serverCpuMs = s1 - s0;
        res[side].push(r);
      }
      const f = (r: Measured) => `${rps(r).toFixed(0)} req/s, ${cpu(r).toFixed(3)} ms CPU/req${r.serverCpuMs !== undefined ? ` (server ${(r.serverCpuMs / r.n).toFixed(3)})` : ''}, ${r.n} req`;
      o.log(`  ${name}, ${c} in flight, round ${round + 1}: Skiff ${f(res.skiff.at(-1)!)}; v3 ${f(res.aws.at(-1)!)}`);
    }
    const ratio = (f: (r: LoadResult) => number) => median(res.skiff.map((s, i) => f(s) / f(res.aws[i]!)));
    const t = opts.targets?.[c] ?? {};
    const rpsRatio = ratio(rps);
    const skiffCpu = median(res.skiff.map(cpu));
    rows.push({
      name: `${name}, ${c} in flight`,
      metric: 'requests/s',
      better: 'higher',
      skiff: median(res.skiff.map(rps)),
      aws: median(res.aws.map(rps)),
      ratio: rpsRatio,
      ...(t.ratio !== undefined ? { target: `≥ ${t.ratio}× v3`, met: rpsRatio >= t.ratio } : {}),
    });
    rows.push({
      name: `${name}, ${c} in flight`,
      metric: 'client CPU ms/request',
      better: 'lower',
      skiff: skiffCpu,
      aws: median(res.aws.map(cpu)),
      ratio: ratio(cpu),
      digits: 3,
      ...(t.cpuMs !== undefined ? { target: `≤ ${t.cpuMs.toFixed(2)} ms`, met: skiffCpu <= t.cpuMs } : {}),
    });
    const server = (side: Side) => median(res[side].filter((r) => r.serverCpuMs !== undefined).map((r) => r.serverCpuMs! / r.n));
    if (c > 1 && !Number.isNaN(server('skiff'))) {
      notes.push(`${name}, ${c} in flight: the server (${opts.serverName ?? 'server'}) used ${server('skiff').toFixed(3)} ms CPU per request during Skiff's runs and ${server('aws').toFixed(3)} during v3's; one server process serves at most ~${(1000 / server('skiff')).toFixed(0)} req/s on one core.`);
    }
  }
  return { rows, notes };
}
