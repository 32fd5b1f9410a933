// Source-persons (one distinct identity of one file) and their canonical, content-derived order.

import type { IngestedFile, SourceId } from "../model/record.js";
import { sortSmall } from "../model/sort-small.js";
import { compareRecordContentAt } from "../reconcile/record-order.js";

export interface SourcePerson {
  file: number;
  identity: number;
  source: SourceId;
  path: string;
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  memberId: string | null;
  /**
   * The line that stands for the source-person: that of its first record in content order (see
   * representativeLines), null when it has none.
   */
  firstLine: number | null;
  /** Number of records of the source-person. */
  rows: number;
}

function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

/**
 * Per identity of a file: the line standing for it (-1 for an identity without records), i.e. the line of its
 * first record in content order, ties by line; and its number of records. Not simply the smallest line: that
 * would name a different row once the rows are shuffled, and a report may differ from another one only by the
 * lines of the same rows (DESIGN §3 principle 6). One pass over the records for both.
 */
function scanIdentities(file: IngestedFile): { lines: Int32Array; rows: Int32Array } {
  const count = file.identities.length;
  /** Per identity: its first record so far (-1: none yet). */
  const best = new Int32Array(count).fill(-1);
  const rows = new Int32Array(count);
  const records = file.records;
  for (let r = 0; r < records.length; r++) {
    const i = records.identityAt(r);
    if (i < 0 || i >= count) continue;
    rows[i]++;
    const current = best[i];
    if (
      current < 0 ||
      (compareRecordContentAt(records, r, current) || records.lineAt(r) - records.lineAt(current)) < 0
    ) {
      best[i] = r;
    }
  }
  const lines = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) if (best[i] >= 0) lines[i] = records.lineAt(best[i]);
  return { lines, rows };
}

/** The line standing for each identity of a file (see scanIdentities). */
export function representativeLines(file: IngestedFile): Int32Array {
  return scanIdentities(file).lines;
}

/** Every identity of every file, with its representative line and row count. */
export function collectSourcePersons(files: readonly IngestedFile[]): SourcePerson[] {
  const out: SourcePerson[] = [];
  for (const file of files) {
    const { lines: first, rows } = scanIdentities(file);
    file.identities.forEach((identity, i) => {
      out.push({
        file: file.index,
        identity: i,
        source: file.source,
        path: file.path,
        name: orNull(identity.name),
        birthdate: orNull(identity.birthdate),
        phone: orNull(identity.phone),
        memberId: orNull(identity.memberId),
        firstLine: first[i] >= 0 ? first[i] : null,
        rows: rows[i],
      });
    });
  }
  return out;
}

/** Code-unit order (locale independent), null after every string. */
export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const NULL_KEY = "\uffff";

/** Code-unit order with null as NULL_KEY (after every value: values hold no U+FFFF in practice). */
function compareKeyed(a: string | null, b: string | null): number {
  const ka = a ?? NULL_KEY;
  const kb = b ?? NULL_KEY;
  return ka === kb ? 0 : ka < kb ? -1 : 1;
}

/** The canonical order of two source-persons with the same name: birthdate, phone, memberId, source, path. */
function compareAfterName(a: SourcePerson, b: SourcePerson): number {
  return (
    compareKeyed(a.birthdate, b.birthdate) ||
    compareKeyed(a.phone, b.phone) ||
    compareKeyed(a.memberId, b.memberId) ||
    (a.source !== b.source ? (a.source < b.source ? -1 : 1) : 0) ||
    (a.path !== b.path ? (a.path < b.path ? -1 : 1) : 0) ||
    a.file - b.file ||
    a.identity - b.identity
  );
}

/**
 * Source-persons in canonical order: normalised name, birthdate, phone (each null last), memberId, source, file
 * path. The file index is a last resort reached only by the same file given twice (identical content, so the
 * choice does not show). Grouped by name first, so that only distinct names are sorted as strings (sorting
 * 200k joined (name, birthdate, phone) keys took about a second; grouping by those joined keys, a third of
 * one); a name's few source-persons are then sorted among themselves.
 */
export function sortCanonically(sps: readonly SourcePerson[]): SourcePerson[] {
  const groups = new Map<string, SourcePerson[]>();
  for (const sp of sps) {
    const key = sp.name ?? NULL_KEY;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [sp]);
    else group.push(sp);
  }
  // The default sort compares strings by UTF-16 code units, as `<` does.
  const keys = [...groups.keys()].sort();
  const out: SourcePerson[] = [];
  for (const key of keys) {
    const group = groups.get(key) as SourcePerson[];
    if (group.length > 1) sortSmall(group, compareAfterName);
    for (const sp of group) out.push(sp);
  }
  return out;
}
