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

/** Lines that are the subject of a finding, per file index. */
export function findingSubjects(findings: readonly Finding[]): Map<number, Set<number>> {
  const subjects = new Map<number, Set<number>>();
  for (const f of findings) {
    if (f.file === null || f.line === null) continue;
    let lines = subjects.get(f.file);
    if (lines === undefined) {
      lines = new Set();
      subjects.set(f.file, lines);
    }
    lines.add(f.line);
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
    const lines = subjects.get(file.index);
    const records = file.records;
    for (let r = 0; r < records.length; r++) {
      const line = records.lineAt(r);
      if (lines?.has(line)) counts.finding++;
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
