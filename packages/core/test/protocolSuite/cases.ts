// Every case of the five protocol files, keyed `<file>/<input|output>/<case id>`, and botocore's
// own ignore list (the cases its runner skips), read from the vectors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Suite } from './declarations.js';
import type { Case } from './runCase.js';

const dir = fileURLToPath(new URL('../../../../../shared/vectors/botocore-protocols/', import.meta.url));
export const FILES = ['json', 'json_1_0', 'rest-json', 'rest-xml', 'query'] as const;

export interface Loaded {
  key: string;
  suite: Suite;
  case: Case;
}

interface IgnoreList {
  general: Record<string, { suites?: string[]; cases?: string[] }>;
  protocols: Record<string, Record<string, { suites?: string[]; cases?: string[] }>>;
}

const ignore = JSON.parse(readFileSync(`${dir}protocol-tests-ignore-list.json`, 'utf8')) as IgnoreList;

/** botocore's _should_ignore_test: a suite or case named in the general or the protocol's list. */
export function ignoredByBotocore(file: string, direction: string, suite: string, id: string): boolean {
  const lists = [ignore.general[direction], ignore.protocols[file]?.[direction]];
  return lists.some((l) => l?.suites?.includes(suite) || l?.cases?.includes(id));
}

export function loadCases(): { run: Loaded[]; ignored: string[] } {
  const run: Loaded[] = [];
  const ignored: string[] = [];
  for (const direction of ['input', 'output']) {
    for (const file of FILES) {
      const suites = JSON.parse(readFileSync(`${dir}${direction}/${file}.json`, 'utf8')) as Array<Suite & { cases: Case[] }>;
      for (const { cases, ...suite } of suites) {
        for (const c of cases) {
          const key = `${file}/${direction}/${c.id}`;
          if (ignoredByBotocore(file, direction, suite.description, c.id)) ignored.push(key);
          else run.push({ key, suite, case: c });
        }
      }
    }
  }
  return { run, ignored };
}
