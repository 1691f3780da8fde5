import type { Row } from './table.js';

export interface Options {
  /** Fewer requests, one round, smaller bodies: a smoke run, not figures to quote. */
  quick: boolean;
  /** Rounds per measurement; the table shows the median. */
  rounds: number;
  log: (line: string) => void;
}

export interface SectionResult {
  rows: Row[];
  /** Lines printed under the table: anchors, what each side sent, caveats. */
  notes?: string[];
}

export interface Section {
  id: string;
  title: string;
  run(o: Options): Promise<Row[] | SectionResult>;
}
