// botocore's protocol test suite (the Smithy AWS protocol compliance tests as data) run through
// a real client: each case's shapes become declarations (test/protocolSuite/declarations.ts),
// an input case is sent through a transport that captures the signed request, an output case
// is answered with its canned response, and both are compared as botocore's own runner does.
// Left out: only the cases botocore's own ignore list skips. Cases Skiff does not pass yet are
// listed in knownGaps.ts with the reason; each of those is checked to still fail, so the list
// cannot go stale.
import { describe, expect, it } from 'vitest';
import { loadCases } from './protocolSuite/cases.js';
import { KNOWN_GAPS } from './protocolSuite/knownGaps.js';
import { runCase } from './protocolSuite/runCase.js';

const { run, ignored } = loadCases();

describe("botocore's protocol test suite", () => {
  it('reads every case of the five protocol files', () => {
    // 617 cases: 320 input, 297 output; botocore's ignore list skips 66 of them.
    expect(run.length + ignored.length).toBe(617);
    expect(ignored.length).toBe(66);
    expect(new Set(run.map((c) => c.key)).size).toBe(run.length);
    for (const key of Object.keys(KNOWN_GAPS)) expect(run.map((c) => c.key), `known gap ${key} is a case that runs`).toContain(key);
  });

  for (const c of run) {
    const gap = KNOWN_GAPS[c.key];
    if (gap) {
      it(`${c.key} still fails (known gap: ${gap})`, async () => {
        expect(await runCase(c.suite, c.case), 'passes now: remove it from knownGaps.ts').toBeDefined();
      });
    } else {
      it(c.key, async () => {
        expect(await runCase(c.suite, c.case)).toBeUndefined();
      });
    }
  }
});
