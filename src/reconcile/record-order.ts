// Content order of records (DESIGN §3 principle 6): ties are broken by normalised values first, then by
// (source, file path, line) — never by file index or array position, so input order cannot change results.

import type { CanonicalRecord, RecordList } from "../model/record.js";
import type { Entry } from "./entry.js";

/** Numbers ascending, null last. */
export function compareNullableNumber(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Strings by UTF-16 code units (locale-independent), null last. */
export function compareNullableString(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function booleanRank(value: boolean | null): number {
  return value === null ? 2 : value ? 1 : 0;
}

/** Every canonical value except the place (file, line) and the identity row. */
export function compareRecordContent(a: CanonicalRecord, b: CanonicalRecord): number {
  return (
    compareNullableNumber(a.date, b.date) ||
    compareNullableNumber(a.periodEnd, b.periodEnd) ||
    compareNullableNumber(a.minutes, b.minutes) ||
    compareNullableString(a.source, b.source) ||
    compareNullableString(a.institution, b.institution) ||
    compareNullableString(a.activity, b.activity) ||
    compareNullableString(a.origin, b.origin) ||
    compareNullableString(a.approval, b.approval) ||
    compareNullableString(a.transferState, b.transferState) ||
    compareNullableNumber(a.transferAt, b.transferAt) ||
    compareNullableNumber(a.transferCode, b.transferCode) ||
    compareNullableString(a.transferRaw, b.transferRaw) ||
    compareNullableString(a.transferKind, b.transferKind) ||
    compareNullableString(a.approvalRaw, b.approvalRaw) ||
    compareNullableString(a.donationKind, b.donationKind) ||
    compareNullableString(a.certificateNo, b.certificateNo) ||
    booleanRank(a.converted) - booleanRank(b.converted) ||
    compareNullableString(a.seq, b.seq)
  );
}

/**
 * compareRecordContent of records `a` and `b` of one file, built only when their dates (the first key) tie:
 * finding each identity's first record compares every record of a file, most of them decided by the date.
 */
export function compareRecordContentAt(records: RecordList, a: number, b: number): number {
  return (
    compareNullableNumber(records.dateAt(a), records.dateAt(b)) ||
    compareRecordContent(records.get(a), records.get(b))
  );
}

/** Content, then role, then file path, then line. */
export function compareEntries(a: Entry, b: Entry): number {
  return (
    compareRecordContent(a.rec, b.rec) ||
    compareNullableString(a.role, b.role) ||
    compareNullableString(a.file.path, b.file.path) ||
    a.rec.line - b.rec.line
  );
}
