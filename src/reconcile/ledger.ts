// The ledger (DESIGN §7): every row of every file ends in exactly one state. The subject of any finding
// (identity findings included) is `finding`; else a paired record is `paired`; else a 1365 credit is
// `unpaired`. An upstream record in none of these states would be a record dropped silently: an internal
// error, never a result.

import type { Finding } from "../model/finding.js";
import type { LedgerCounts } from "../model/reconciliation.js";
import type { IngestedFile } from "../model/record.js";
import { CREDIT_ROLE } from "./flows.js";

export function emptyLedger(): LedgerCounts {
  return { paired: 0, unpaired: 0, finding: 0, ignored: 0, rejected: 0 };
}

/**
 * Lines that are the subject of a finding, per file index: a flag per line number, looked up for every record
 * (2M at 1M rows, where sets of lines cost ~50 ms). A line that is not a whole number is no record's.
 */
export function findingSubjects(findings: readonly Finding[]): Map<number, Uint8Array> {
  const lastLine = new Map<number, number>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.file === null || f.line === null || !Number.isInteger(f.line) || f.line < 0) continue;
    lastLine.set(f.file, Math.max(lastLine.get(f.file) ?? 0, f.line));
  }
  const subjects = new Map<number, Uint8Array>();
  for (const [file, last] of lastLine) subjects.set(file, new Uint8Array(last + 1));
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.file === null || f.line === null) continue;
    const lines = subjects.get(f.file);
    if (lines !== undefined && Number.isInteger(f.line) && f.line >= 0) lines[f.line] = 1;
  }
  return subjects;
}

export class UnaccountedRecordError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
  ) {
    super(`reconcile: ${path}:${line} is an upstream record that is neither paired nor a finding subject`);
    this.name = "UnaccountedRecordError";
  }
}

const NO_LINES = new Uint8Array(0);

/**
 * Counts per file index. `paired[offsets[i] + r]` is 1 when record r of files[i] was paired.
 * Throws UnaccountedRecordError if an upstream record ended in no state.
 */
export function buildLedger(
  files: readonly IngestedFile[],
  offsets: readonly number[],
  paired: Uint8Array,
  findings: readonly Finding[],
): LedgerCounts[] {
  const subjects = findingSubjects(findings);
  const size = files.reduce((max, f) => Math.max(max, f.index + 1), 0);
  const ledger: LedgerCounts[] = Array.from({ length: size }, emptyLedger);
  files.forEach((file, position) => {
    const counts = emptyLedger();
    const lines = subjects.get(file.index) ?? NO_LINES;
    const records = file.records;
    for (let r = 0; r < records.length; r++) {
      const line = records.lineAt(r);
      if (line < lines.length && lines[line] === 1) counts.finding++;
      else if (paired[offsets[position] + r] === 1) counts.paired++;
      else if (file.role === CREDIT_ROLE) counts.unpaired++;
      else throw new UnaccountedRecordError(file.path, line);
    }
    counts.ignored = file.ignoredLines.length;
    counts.rejected = file.rejected.length;
    ledger[file.index] = counts;
  });
  return ledger;
}
