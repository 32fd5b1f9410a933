// Source-persons (one distinct identity of one file) and their canonical, content-derived order.

import type { IngestedFile, SourceId } from "../model/record.js";

export interface SourcePerson {
  file: number;
  identity: number;
  source: SourceId;
  path: string;
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  memberId: string | null;
  /** Smallest physical line among the source-person's records, null when it has none. */
  firstLine: number | null;
  /** Number of records of the source-person. */
  rows: number;
}

function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

/** Every identity of every file, with its first line and row count (one pass over the records). */
export function collectSourcePersons(files: readonly IngestedFile[]): SourcePerson[] {
  const out: SourcePerson[] = [];
  for (const file of files) {
    const first = new Float64Array(file.identities.length).fill(Number.POSITIVE_INFINITY);
    const rows = new Int32Array(file.identities.length);
    for (const record of file.records) {
      const i = record.identity;
      if (i < 0 || i >= first.length) continue;
      rows[i]++;
      if (record.line < first[i]) first[i] = record.line;
    }
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
        firstLine: Number.isFinite(first[i]) ? first[i] : null,
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
const SEP = "\u0000";

/**
 * Canonical order key: normalised identity values, memberId, source, file path, joined so that plain string
 * order equals field-by-field code-unit order with null after every string (`compareText`).
 */
export function canonicalKey(sp: SourcePerson): string {
  return `${sp.name ?? NULL_KEY}${SEP}${sp.birthdate ?? NULL_KEY}${SEP}${sp.phone ?? NULL_KEY}${SEP}${
    sp.memberId ?? NULL_KEY
  }${SEP}${sp.source}${SEP}${sp.path}`;
}

/**
 * Source-persons in canonical order. The file index is a last resort reached only by the same file given twice
 * (identical content, so the choice does not show).
 */
export function sortCanonically(sps: readonly SourcePerson[]): SourcePerson[] {
  const keyed = sps.map((sp) => ({ sp, key: canonicalKey(sp) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.sp.file - b.sp.file || a.sp.identity - b.sp.identity;
  });
  return keyed.map((k) => k.sp);
}
