// The suite's shared registry: every error a test catches, every log line a client writes and
// every signature a server or a hook sees is kept here, and the setup file scans them all for
// secrets after each test file. Figures (faults injected, attempts, bytes, runs) are kept
// here too and written out for the summary the global teardown prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

/** The credentials every client of the suite signs with: long and unmistakable in any text. */
export const CREDENTIALS = {
  accessKeyId: 'AKIARELY7SUITE2KEYID9',
  secretAccessKey: 'rely/SecretKey+0123456789abcdefghijklmnopqrstu',
  sessionToken: 'FQoGZXIvYXdzRELYSESSIONTOKEN7Hq2Lk9Zp0Xv4Wc8Rb1Nm6Ty3Ud5Sa==',
} as const;

/** The S3/IAM/Kinesis/MediaStore secrets a text must never hold, whole or in part. */
const SECRET_VALUES = [CREDENTIALS.accessKeyId, CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken];
/** Any 12-character window of a secret is a leak (a message cut short still leaks a prefix). */
const WINDOW = 12;
const secretWindows = SECRET_VALUES.flatMap((s) => Array.from({ length: s.length - WINDOW + 1 }, (_, i) => s.slice(i, i + WINDOW)));

const signatures = new Set<string>();
const errors: Array<{ where: string; error: unknown }> = [];
const logs: string[] = [];
const figures: Record<string, number> = {};
const notes: Record<string, unknown> = {};

export function noteSignature(sig: string): void {
  signatures.add(sig.toLowerCase());
}

/** Records a caught error for the secrets scan; returns it. */
export function noteError<E>(error: E, where = ''): E {
  errors.push({ where, error });
  return error;
}

export function noteLog(line: string): void {
  logs.push(line);
}

/** Adds to a named figure (summed over the suite). */
export function count(name: string, by = 1): void {
  figures[name] = (figures[name] ?? 0) + by;
}

/** Keeps the largest value seen for a figure. */
export function peak(name: string, value: number): void {
  figures[name] = Math.max(figures[name] ?? -Infinity, value);
}

/** A named observation (a list of attempts, a table row) for the summary. */
export function note(name: string, value: unknown): void {
  const prev = notes[name];
  notes[name] = Array.isArray(prev) ? [...prev, value] : prev === undefined ? [value] : [prev, value];
}

/** Awaits a promise (or a function's result) that must fail; records and returns the error. */
export async function failure(p: Promise<unknown> | (() => unknown), where = ''): Promise<any> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return noteError(e, where);
  }
  throw new Error(`expected a failure${where ? ` (${where})` : ''}, got a success`);
}

/**
 * Every text an error exposes: message, stack, JSON, String(), what console.log prints
 * (util.inspect, which shows `cause` and every own member), and the same for its causes.
 */
export function textsOf(error: unknown, depth = 0): string[] {
  if (depth > 5 || error === undefined || error === null) return [];
  if (typeof error !== 'object') return [String(error)];
  const e = error as { message?: unknown; stack?: unknown; cause?: unknown; details?: unknown };
  const out = [String(e.message ?? ''), String(e.stack ?? ''), String(error), inspect(error, { depth: 6, showHidden: false })];
  try {
    out.push(JSON.stringify(error) ?? '');
  } catch (x) {
    out.push(`unserializable: ${String(x)}`);
  }
  if (e.details !== undefined) out.push(JSON.stringify(e.details) ?? '');
  if (e.cause !== undefined) out.push(String(e.cause), ...textsOf(e.cause, depth + 1));
  return out;
}

/** The secrets (or pieces of them) a text holds. */
export function leaksIn(text: string): string[] {
  const found = new Set<string>();
  for (const w of secretWindows) if (text.includes(w)) found.add(`secret fragment '${w}'`);
  // A signature is 64 hex digits; 16 of them in a row from a signature the suite sent is a leak.
  for (const m of text.matchAll(/[0-9a-f]{16,}/gi)) {
    const run = m[0].toLowerCase();
    for (const sig of signatures) {
      if (sig.includes(run) || (run.length >= 64 && run.includes(sig))) {
        found.add(`signature fragment '${run.slice(0, 20)}…'`);
        break;
      }
    }
  }
  if (/Signature=[0-9a-f]/i.test(text)) found.add('an unredacted Signature= value');
  return [...found];
}

export function scan(): { errors: number; texts: number; logs: number; signatures: number; leaks: string[] } {
  const leaks: string[] = [];
  let texts = 0;
  for (const { where, error } of errors) {
    for (const t of textsOf(error)) {
      texts++;
      for (const l of leaksIn(t)) leaks.push(`${where || (error as Error)?.name}: ${l} in ${JSON.stringify(t.slice(0, 160))}`);
    }
  }
  for (const line of logs) for (const l of leaksIn(line)) leaks.push(`log: ${l} in ${JSON.stringify(line.slice(0, 160))}`);
  return { errors: errors.length, texts, logs: logs.length, signatures: signatures.size, leaks };
}

export const FIGURES_DIR = fileURLToPath(new URL('../../../.cache/reliability/', import.meta.url));

/** Writes this file's figures (called by the setup file after the file's tests). */
export function writeFigures(testFile: string): void {
  const s = scan();
  mkdirSync(FIGURES_DIR, { recursive: true });
  const out = {
    file: basename(testFile),
    figures: { ...figures, 'secrets.errors scanned': s.errors, 'secrets.texts scanned': s.texts, 'secrets.log lines scanned': s.logs, 'secrets.signatures known': s.signatures, 'secrets.leaks': s.leaks.length },
    notes,
  };
  writeFileSync(join(FIGURES_DIR, `${basename(testFile)}.json`), JSON.stringify(out, null, 1));
}
