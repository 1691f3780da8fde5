// Runs in every test file of the project: after the file's tests, every error, log line and
// serialized error the file produced is scanned for the suite's secrets and for signatures,
// and the file's figures are written for the summary.
import { afterAll, expect } from 'vitest';
import { scan, writeFigures } from './registry.js';

afterAll((suite) => {
  const file = (suite as { filepath?: string }).filepath ?? (suite as { file?: { filepath?: string } }).file?.filepath ?? 'unknown';
  writeFigures(file);
  const s = scan();
  expect(s.leaks, `secrets found in errors or logs of ${file}`).toEqual([]);
});
