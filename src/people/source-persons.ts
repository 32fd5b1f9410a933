// Source-persons (one distinct identity of one file) and their canonical, content-derived order.

import type { IngestedFile, SourceId } from "../model/record.js";
import { sortRange } from "../model/sort-small.js";
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

/** UTF-16 code unit k of a name (null as NULL_KEY), 0 past its end: shorter names sort first. */
function nameUnit(name: string | null, k: number): number {
  const s = name ?? NULL_KEY;
  return k < s.length ? s.charCodeAt(k) : 0;
}

/** How many leading code units the radix pass orders names by: most Korean names have at most three. */
const NAME_UNITS = 3;

/** The whole canonical comparison, for source-persons whose names agree on their first NAME_UNITS units. */
function compareFromName(a: SourcePerson, b: SourcePerson): number {
  return compareKeyed(a.name, b.name) || compareAfterName(a, b);
}

/**
 * Source-persons in canonical order: normalised name, birthdate, phone (each null last), memberId, source, file
 * path. The file index is a last resort reached only by the same file given twice (identical content, so the
 * choice does not show). A radix pass orders them by the first NAME_UNITS code units of their names (a name
 * shorter than that first), then each run of equal units, mostly a name's two or three source-persons, is
 * sorted by the whole comparison: sorting 200k joined (name, birthdate, phone) keys took about a second,
 * grouping by name in a map and sorting the names 0.25 s.
 */
export function sortCanonically(sps: readonly SourcePerson[]): SourcePerson[] {
  const n = sps.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const units = new Uint16Array(n);
  const starts = new Int32Array(0x10001);
  // Least significant unit first; each pass is a stable counting sort.
  for (let k = NAME_UNITS - 1; k >= 0; k--) {
    starts.fill(0);
    for (let i = 0; i < n; i++) {
      units[i] = nameUnit(sps[i].name, k);
      starts[units[i] + 1]++;
    }
    for (let u = 0; u < 0x10000; u++) starts[u + 1] += starts[u];
    for (let i = 0; i < n; i++) {
      const sp = order[i];
      next[starts[units[sp]]++] = sp;
    }
    [order, next] = [next, order];
  }
  const out: SourcePerson[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = sps[order[i]];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && sameLeadingUnits(out[from].name, out[i].name)) continue;
    if (i - from > 1) sortRange(out, from, i, compareFromName);
    from = i;
  }
  // Copies made in canonical order lie in memory in that order: people resolution reads them in it half a
  // dozen times, and the objects made file by file turned each of those passes into a walk across the heap
  // (at 1M rows, ~0.1 s of the stage in cache misses).
  for (let i = 0; i < n; i++) out[i] = copySourcePerson(out[i]);
  return out;
}

function copySourcePerson(sp: SourcePerson): SourcePerson {
  return {
    file: sp.file,
    identity: sp.identity,
    source: sp.source,
    path: sp.path,
    name: sp.name,
    birthdate: sp.birthdate,
    phone: sp.phone,
    memberId: sp.memberId,
    firstLine: sp.firstLine,
    rows: sp.rows,
  };
}

function sameLeadingUnits(a: string | null, b: string | null): boolean {
  for (let k = 0; k < NAME_UNITS; k++) if (nameUnit(a, k) !== nameUnit(b, k)) return false;
  return true;
}
